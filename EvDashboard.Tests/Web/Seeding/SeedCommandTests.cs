using EvDashboard.Core.Billing;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Seeding;

/// <summary>The history the seed command writes is what the product itself would have stored and computed.</summary>
public sealed class SeedCommandTests(SeededHistory history) : IClassFixture<SeededHistory>
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById(SeededDatabase.TimeZone);

    [Fact]
    public async Task RunAsync_2000SessionsOver30Days_WritesEveryTable()
    {
        await using var db = history.Database.Open();

        Assert.Equal(2000, await db.ChargingSessions.CountAsync());
        Assert.InRange(await db.ChargePoints.CountAsync(), 10, 10);
        Assert.InRange(await db.Connectors.CountAsync(), 20, 40);
        Assert.Equal(2, await db.Tariffs.CountAsync());
        Assert.Equal(3, await db.TariffAssignments.CountAsync());
        Assert.True(await db.IdTags.CountAsync(t => t.ParentIdTag != null) > 0);
        Assert.InRange(await db.MeterSamples.CountAsync(), 19_000, 20_000);
        Assert.True(await db.ConnectorStatusChanges.CountAsync(c => c.Status == ConnectorStatus.Preparing) == 2000);
        Assert.True(await db.ConnectorStatusChanges.AnyAsync(c => c.Status == ConnectorStatus.Faulted));
        Assert.True(await db.ConnectionEvents.AnyAsync(e => !e.IsOnline));
        Assert.True(await db.AuthorizationRecords.AnyAsync());
        Assert.Equal(2000, await db.Invoices.CountAsync(i => i.Kind == InvoiceKind.Receipt));
        Assert.Contains("ChargingSessions", history.Output, StringComparison.Ordinal);
        Assert.Contains("rows/s", history.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ChargePoints_LastSeenWhenTheHistoryEnds()
    {
        await using var db = history.Database.Open();

        var lastSeen = await db.ChargePoints.AsNoTracking().Select(c => c.LastSeenAt).ToListAsync();
        var lastEvent = await db.ConnectionEvents.AsNoTracking().MaxAsync(e => e.At);

        // Not at their last reconnect: the app's start-up closes the online period at LastSeenAt, and reports count offline time from there.
        Assert.All(lastSeen, seen => Assert.True(seen >= lastEvent && seen <= DateTimeOffset.UtcNow, $"last seen {seen}, last connection event {lastEvent}"));
    }

    [Fact]
    public async Task RunAsync_EverySession_EndsAfterItStartsWithEnergyFromItsMeter()
    {
        await using var db = history.Database.Open();
        var now = DateTimeOffset.UtcNow;

        var sessions = await db.ChargingSessions.AsNoTracking()
            .Select(s => new { s.Status, s.StartedAt, s.EndedAt, s.MeterStartWh, s.MeterStopWh, s.EnergyWh, s.TariffVersionId, s.CostTotalMinor })
            .ToListAsync();

        Assert.All(sessions, s =>
        {
            Assert.Equal(SessionStatus.Completed, s.Status);
            Assert.True(s.EndedAt > s.StartedAt);
            Assert.True(s.EndedAt <= now);
            Assert.True((s.EndedAt!.Value - s.StartedAt) <= TimeSpan.FromHours(10));
            Assert.Equal(s.MeterStopWh - s.MeterStartWh, s.EnergyWh);
            Assert.NotNull(s.TariffVersionId);
            Assert.NotNull(s.CostTotalMinor);
        });
        var failed = sessions.Count(s => s.EnergyWh < 100 || s.EndedAt!.Value - s.StartedAt < TimeSpan.FromMinutes(1));
        Assert.InRange(failed, 20, 120);
    }

    [Fact]
    public async Task RunAsync_EverySessionsSamples_InsideItsWindowAndNeverFalling()
    {
        await using var db = history.Database.Open();

        var samples = await db.MeterSamples.AsNoTracking()
            .Join(db.ChargingSessions, m => m.TransactionId, s => s.TransactionId, (m, s) => new { s.TransactionId, s.StartedAt, s.EndedAt, s.MeterStartWh, s.MeterStopWh, m.Timestamp, m.Wh })
            .ToListAsync();

        Assert.All(samples.GroupBy(s => s.TransactionId), session =>
        {
            var ordered = session.OrderBy(s => s.Timestamp).ToList();
            Assert.All(ordered, s => Assert.InRange(s.Timestamp, s.StartedAt, s.EndedAt!.Value));
            Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.Second.Wh >= pair.First.Wh));
            Assert.True(ordered[0].Wh >= ordered[0].MeterStartWh);
            Assert.Equal(ordered[^1].MeterStopWh, ordered[^1].Wh);
        });
    }

    [Fact]
    public async Task RunAsync_50RandomSessions_StoredCostEqualsTheCalculatorOnTheStoredTimeline()
    {
        await using var db = history.Database.Open();
        var ids = await db.ChargingSessions.Select(s => s.TransactionId).ToListAsync();
        var sample = ids.OrderBy(_ => Random.Shared.Next()).Take(50).ToList();

        foreach (var id in sample)
        {
            var session = await db.ChargingSessions.AsNoTracking().SingleAsync(s => s.TransactionId == id);
            var definition = TariffJson.DeserializeDefinition(await db.TariffVersions.Where(v => v.Id == session.TariffVersionId).Select(v => v.DefinitionJson).SingleAsync());
            var events = await SessionTimelineReader.ReadAsync(db, id, session.ChargePointId, session.ConnectorId, session.StartedAt, session.EndedAt, CancellationToken.None);
            var timeline = new SessionTimeline(session.StartedAt, session.MeterStartWh, session.EndedAt!.Value, session.MeterStopWh!.Value, events.Readings, events.Statuses);

            var cost = TariffCalculator.Calculate(definition, timeline, Berlin);

            Assert.Equal(session.CostBreakdownJson, TariffJson.Serialize(cost));
            Assert.Equal((session.CostNetMinor, session.CostVatMinor, session.CostTotalMinor), (cost.NetMinor, cost.VatMinor, cost.TotalMinor));
        }
    }

    [Fact]
    public async Task RunAsync_Receipts_GapFreePerYearWithTheSessionsTotals()
    {
        await using var db = history.Database.Open();

        var receipts = await db.Invoices.AsNoTracking().Where(i => i.Kind == InvoiceKind.Receipt)
            .Select(i => new { i.Series, i.Year, i.Sequence, i.Number, i.TotalMinor, i.NetMinor, i.VatMinor, i.TransactionId, i.IssuedAt }).ToListAsync();
        var sessions = await db.ChargingSessions.AsNoTracking().ToDictionaryAsync(s => s.TransactionId, s => (s.CostNetMinor, s.CostVatMinor, s.CostTotalMinor));
        var counters = await db.InvoiceCounters.AsNoTracking().ToListAsync();
        var lineTotals = await db.InvoiceLines.AsNoTracking().GroupBy(l => l.InvoiceId).Select(g => g.Sum(l => l.NetMinor + l.VatMinor)).SumAsync();
        var missing = await PricedSessions.Of(db.ChargingSessions.AsNoTracking())
            .CountAsync(s => !db.Invoices.Any(i => i.Kind == InvoiceKind.Receipt && i.TransactionId == s.TransactionId));

        foreach (var year in receipts.GroupBy(r => (r.Series, r.Year)))
        {
            var ordered = year.OrderBy(r => r.Sequence).ToList();
            Assert.Equal(Enumerable.Range(1, ordered.Count), ordered.Select(r => r.Sequence));
            Assert.Equal(ordered.Select(r => r.IssuedAt).Order(), ordered.Select(r => r.IssuedAt));
            Assert.Equal(ordered.Count, counters.Single(c => c.Series == year.Key.Series && c.Year == year.Key.Year).Last);
        }

        Assert.All(receipts, r => Assert.Equal(sessions[r.TransactionId!.Value], (r.NetMinor, r.VatMinor, r.TotalMinor)));
        Assert.Equal(receipts.Sum(r => r.TotalMinor), lineTotals);
        Assert.Equal(0, missing);
    }
}
