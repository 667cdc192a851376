using System.Net;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Access;

public sealed class DisplayTokenAdministrationTests : IAsyncLifetime
{
    private static readonly Actor Admin = new("admin@example.com");

    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private DisplayTokenAdministration Tokens => _factory.Services.GetRequiredService<DisplayTokenAdministration>();

    [Fact]
    public async Task CreateAsync_WallLink_SetsTheCookieAndRedirectsToTheWall()
    {
        var issued = await Tokens.CreateAsync("lobby", " Depot A ", expiresAt: null, Admin, CancellationToken.None);
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var link = await browser.GetAsync(new Uri($"/wall?token={Uri.EscapeDataString(issued.Secret)}", UriKind.Relative));
        using var wall = await browser.GetAsync(new Uri("/wall", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal("/wall", link.Headers.Location?.OriginalString);
        Assert.Contains(link.Headers.GetValues("Set-Cookie"), c => c.StartsWith("EvDashboard.Display=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        await using var db = _factory.CreateDbContext();
        Assert.Equal("Depot A", (await db.DisplayTokens.SingleAsync()).Site);
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "display.create");
        Assert.Equal((Admin.Name, "lobby"), (entry.Actor, entry.Target));
    }

    [Fact]
    public async Task RevokeAsync_LinkRefusedAtOnceAndAudited()
    {
        var issued = await Tokens.CreateAsync("kiosk", site: null, expiresAt: null, Admin, CancellationToken.None);
        using var browser = OperatorLogin.CreateBrowser(_factory);
        using (var first = await browser.GetAsync(new Uri($"/wall?token={issued.Secret}", UriKind.Relative)))
        {
            Assert.Equal("/wall", first.Headers.Location?.OriginalString);
        }

        await Tokens.RevokeAsync(issued.Id, Admin, CancellationToken.None);
        using var again = await OperatorLogin.CreateBrowser(_factory).GetAsync(new Uri($"/wall?token={issued.Secret}", UriKind.Relative));
        using var withCookie = await browser.GetAsync(new Uri("/wall", UriKind.Relative));

        Assert.Equal("/login?display=invalid", again.Headers.Location?.OriginalString);
        Assert.Equal("/login?display=invalid", withCookie.Headers.Location?.OriginalString);
        await using var db = _factory.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "display.revoke");
        Assert.Equal((Admin.Name, "kiosk", "Succeeded"), (entry.Actor, entry.Target, entry.Result));
    }

    [Fact]
    public async Task CreateAsync_ExpiryInThePastOfTheLookup_RefusedLikeRevoked()
    {
        var issued = await Tokens.CreateAsync("old", site: null, DateTimeOffset.UtcNow.AddMinutes(-1), Admin, CancellationToken.None);

        using var link = await OperatorLogin.CreateBrowser(_factory).GetAsync(new Uri($"/wall?token={issued.Secret}", UriKind.Relative));

        Assert.Equal("/login?display=invalid", link.Headers.Location?.OriginalString);
    }
}
