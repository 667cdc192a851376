using EvDashboard.Core.Access;
using EvDashboard.Core.Access.Queries;
using EvDashboard.Core.Audit;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EvDashboard.Tests.Core.Access;

public sealed class AccessUsageTests
{
    [Fact]
    public async Task Flush_KeyUsedOnTheApi_StoresItsLastUseOnce()
    {
        await using var factory = new EvDashboardFactory();
        var secret = SecretToken.Create(ApiKey.Prefix);
        await using (var db = factory.CreateDbContext())
        {
            db.ApiKeys.Add(new ApiKey("ci", OperatorRoles.SiteStaff, secret, DateTimeOffset.UtcNow, null, new Actor("admin@example.com")));
            await db.SaveChangesAsync();
        }

        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        (await client.GetAsync("/api/charge-points")).EnsureSuccessStatusCode();
        var flusher = factory.Services.GetServices<IHostedService>().OfType<AccessUsageFlusher>().Single();

        await flusher.FlushAsync(CancellationToken.None);

        await using var read = factory.CreateDbContext();
        var key = await read.ApiKeys.AsNoTracking().SingleAsync();
        Assert.NotNull(key.LastUsedAt);
        Assert.True(DateTimeOffset.UtcNow - key.LastUsedAt!.Value < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Take_LaterAndEarlierUses_KeepsTheLatestAndEmpties()
    {
        var usage = new AccessUsage();
        var at = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

        usage.ApiKeyUsed(1, at);
        usage.ApiKeyUsed(1, at.AddMinutes(-5));
        usage.DisplayTokenUsed(2, at);
        var (apiKeys, displayTokens) = usage.Take();

        Assert.Equal(at, apiKeys[1]);
        Assert.Equal(at, displayTokens[2]);
        Assert.Empty(usage.Take().ApiKeys);
    }
}
