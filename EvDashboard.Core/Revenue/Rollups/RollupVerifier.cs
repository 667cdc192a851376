using System.Diagnostics;
using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// Recomputes every finished day in memory and compares it with the stored rows. Today is left out: its figures grow
/// with the clock, so a stored "today" is only ever right as of its build time.
/// </summary>
public sealed class RollupVerifier(RollupDayBuilder builder, IDbContextFactory<EvDashboardDbContext> contexts, SiteClock clock)
{
    public async Task<RollupVerifyResult> VerifyAsync(IProgress<RollupProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = clock.UtcNow;
        var today = RollupCalendar.DateOf(now, clock.Zone);
        await using var connection = await builder.OpenAsync(cancellationToken);
        var first = await RollupRebuilder.FirstDayAsync(connection, today, clock.Zone, cancellationToken);
        var lookback = await RollupDayBuilder.LongestSessionAsync(connection, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var storedFirst = await db.ConnectorDays.MinAsync(d => (int?)d.Day, cancellationToken);
        if (storedFirst is { } s && s < first.DayNumber)
        {
            first = DateOnly.FromDayNumber(s);
        }

        var differences = new List<string>();
        long rows = 0;
        var days = 0;
        for (var date = first; date < today; date = date.AddDays(1))
        {
            var result = await builder.ComputeAsync(connection, date, now, lookback, cancellationToken);
            var computed = RollupRowText.Of(result.ConnectorDays, result.ChargePointDays, result.SiteHours, result.RevenueDays);
            var stored = await StoredAsync(db, date.DayNumber, cancellationToken);
            differences.AddRange(RollupRowText.Differences(stored, computed));
            rows += computed.Count;
            days++;
            progress?.Report(new RollupProgress(days, today.DayNumber - first.DayNumber, rows, stopwatch.Elapsed));
        }

        return new RollupVerifyResult(days, rows, differences, stopwatch.Elapsed);
    }

    private static async Task<Dictionary<string, string>> StoredAsync(EvDashboardDbContext db, int day, CancellationToken cancellationToken) =>
        RollupRowText.Of(
            await db.ConnectorDays.AsNoTracking().Where(d => d.Day == day).ToListAsync(cancellationToken),
            await db.ChargePointDays.AsNoTracking().Where(d => d.Day == day).ToListAsync(cancellationToken),
            await db.SiteHours.AsNoTracking().Where(h => h.Day == day).ToListAsync(cancellationToken),
            await db.RevenueDays.AsNoTracking().Where(r => r.Day == day).ToListAsync(cancellationToken));
}
