using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Core.Identity.Unknown;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.IdTags;

/// <summary>The unknown-tag inbox fed by a charger over a real socket: grouping, adopt, dismiss until seen again.</summary>
public sealed class UnknownTagInboxTests
{
    [Fact]
    public async Task ListAsync_AuthorizeAndStartWithUnknownTag_GroupedWithPlacesAndCount()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-INBOX");
        await cp.CallAsync("Authorize", new { idTag = "STRANGER" });
        await cp.CallAsync("Authorize", new { idTag = "stranger" });
        await cp.CallAsync("StartTransaction", new { connectorId = 2, idTag = "STRANGER", meterStart = 0, timestamp = DateTimeOffset.UtcNow });

        var inbox = await factory.Services.GetRequiredService<UnknownTagInbox>().ListAsync(CancellationToken.None);

        var row = Assert.Single(inbox);
        Assert.Equal(3, row.Attempts);
        Assert.Equal(["CP-INBOX", "CP-INBOX #2"], row.Places);
        Assert.True(row.FirstSeen <= row.LastSeen);
    }

    [Fact]
    public async Task AdoptAsync_UnknownTag_CreatedAuditedAndGoneFromInbox()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-INBOX");
        await cp.CallAsync("Authorize", new { idTag = "NEWCARD" });
        var inbox = factory.Services.GetRequiredService<UnknownTagInbox>();

        var result = await inbox.AdoptAsync("NEWCARD", new Actor("op@example.com"), CancellationToken.None);
        var again = await cp.CallAsync("Authorize", new { idTag = "NEWCARD" });

        Assert.Equal(IdTagChangeResult.Created, result);
        Assert.Empty(await inbox.ListAsync(CancellationToken.None));
        Assert.Equal("Accepted", again.GetProperty("idTagInfo").GetProperty("status").GetString());
        await using var db = factory.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.Target == "NEWCARD");
        Assert.Equal(("idtag.adopt", "op@example.com"), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task DismissAsync_HiddenUntilPresentedAgain()
    {
        await using var factory = new EvDashboardFactory();
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        await using var cp = await OcppTestClient.ConnectAsync(app, "CP-INBOX");
        await cp.CallAsync("Authorize", new { idTag = "NOISE" });
        var inbox = app.Services.GetRequiredService<UnknownTagInbox>();

        clock.Advance(TimeSpan.FromMinutes(1));
        await inbox.DismissAsync("NOISE", Actor.System, CancellationToken.None);
        var afterDismiss = await inbox.ListAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        await cp.CallAsync("Authorize", new { idTag = "NOISE" });
        var afterSeenAgain = await inbox.ListAsync(CancellationToken.None);

        Assert.Empty(afterDismiss);
        Assert.Equal(2, Assert.Single(afterSeenAgain).Attempts);
        await using var db = app.Services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>().CreateDbContext();
        Assert.Equal("idtag.dismiss", (await db.AuditEntries.SingleAsync(a => a.Target == "NOISE")).Action);
    }
}
