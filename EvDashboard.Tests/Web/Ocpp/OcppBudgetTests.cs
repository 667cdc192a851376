using EvDashboard.Core.Audit;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>A spent budget answers Blocked at Authorize and StartTransaction over a real socket, and the reason is kept for operators.</summary>
public sealed class OcppBudgetTests
{
    [Fact]
    public async Task AuthorizeAndStart_DailyKwhBudgetSpent_BlockedWithReasonRecorded()
    {
        await using var factory = new EvDashboardFactory();
        var administration = factory.Services.GetRequiredService<IdTagAdministration>();
        var budget = new TagBudget(BudgetPeriod.Month, 1_000, null, null);
        await administration.CreateAsync("BUDGET1", new IdTagSettings(IdTagStatus.Accepted, null, null, null, Budget: budget), Actor.System, CancellationToken.None);
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-BUDGET");
        var now = DateTimeOffset.UtcNow;
        var first = await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "BUDGET1", meterStart = 0, timestamp = now });
        var tx = first.GetProperty("transactionId").GetInt32();
        await cp.CallAsync("StopTransaction", new { transactionId = tx, meterStop = 1_500, timestamp = now.AddSeconds(1), idTag = "BUDGET1" });

        var authorize = await cp.CallAsync("Authorize", new { idTag = "BUDGET1" });
        var start = await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "BUDGET1", meterStart = 1_500, timestamp = now.AddSeconds(2) });

        Assert.Equal("Accepted", first.GetProperty("idTagInfo").GetProperty("status").GetString());
        Assert.Equal("Blocked", authorize.GetProperty("idTagInfo").GetProperty("status").GetString());
        Assert.Equal("Blocked", start.GetProperty("idTagInfo").GetProperty("status").GetString());
        await using var db = factory.CreateDbContext();
        var refused = await db.AuthorizationRecords.Where(a => a.IdTag == "BUDGET1" && a.Outcome == AuthorizationOutcome.Blocked).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["Authorize", "StartTransaction"], refused.Select(a => a.Action));
        Assert.All(refused, a => Assert.Equal("kWh budget for this month spent: 1.5 of 1 kWh", a.Reason));
    }
}
