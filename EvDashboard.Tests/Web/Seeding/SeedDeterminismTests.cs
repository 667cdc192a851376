using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Seeding;

/// <summary>A random seed names one history: two runs with it write the same sessions, costs and receipts.</summary>
public sealed class SeedDeterminismTests : IDisposable
{
    private readonly SeededDatabase _first = new();
    private readonly SeededDatabase _second = new();

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task RunAsync_SameRandomSeed_SameSessionsCostsAndReceipts()
    {
        string[] args = ["--sessions", "300", "--days", "5", "--random-seed", "9"];

        Assert.Equal(0, (await _first.SeedAsync(args)).ExitCode);
        Assert.Equal(0, (await _second.SeedAsync(args)).ExitCode);

        var first = await RowsBeforeTodayAsync(_first);
        Assert.True(first.Count > 150);
        Assert.Equal(first, await RowsBeforeTodayAsync(_second));
    }

    /// <summary>Sessions that started more than a day ago: only the last hours depend on where "now" falls.</summary>
    private static async Task<List<string>> RowsBeforeTodayAsync(SeededDatabase database)
    {
        await using var db = database.Open();
        var cutoff = DateTimeOffset.UtcNow.AddDays(-1);
        var sessions = await db.ChargingSessions.AsNoTracking().Where(s => s.StartedAt < cutoff).OrderBy(s => s.TransactionId)
            .Select(s => new { s.TransactionId, s.ChargePointId, s.ConnectorId, s.IdTag, s.StartedAt, s.EndedAt, s.MeterStartWh, s.MeterStopWh, s.CostTotalMinor })
            .ToListAsync();
        var receipts = await db.Invoices.AsNoTracking().Where(i => i.IssuedAt < cutoff).OrderBy(i => i.Id).Select(i => new { i.Number, i.TransactionId, i.TotalMinor }).ToListAsync();
        return [.. sessions.Select(s => s.ToString()!), .. receipts.Select(r => r.ToString()!)];
    }
}
