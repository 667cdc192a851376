using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions.Estimation;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>Reads the recent SoC and billing-register samples of running sessions for the end-time estimate.</summary>
internal static class SessionTrendReader
{
    private static readonly string[] BillingLocations = ["Outlet", "Cable", "EV"];

    /// <param name="sessions">Each session's id and the charger's timestamp of its newest meter reading.</param>
    public static async Task<Dictionary<int, SessionTrend>> ReadAsync(
        EvDashboardDbContext db, IReadOnlyCollection<(int TransactionId, DateTimeOffset LastMeterAt)> sessions, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, SessionTrend>();
        if (sessions.Count == 0)
        {
            return result;
        }

        // Enumerable.Contains, spelled out: C# 14 binds array.Contains to the span overload, which EF Core 6 cannot translate.
        var since = sessions.Min(s => s.LastMeterAt) - EndTimeEstimator.LongTrendWindow;
        var ids = sessions.Select(s => (int?)s.TransactionId).ToList();
        var rows = await db.MeterSamples.AsNoTracking()
            .Where(m => ids.Contains(m.TransactionId) && m.Timestamp >= since && m.Phase == ""
                        && (m.Measurand == SampledReading.StateOfCharge
                            || (m.Measurand == SampledReading.EnergyRegister && m.Wh != null && Enumerable.Contains(BillingLocations, m.Location))))
            .Select(m => new { TransactionId = m.TransactionId!.Value, m.Timestamp, m.Measurand, m.Value, m.Wh })
            .ToListAsync(cancellationToken);

        foreach (var group in rows.GroupBy(r => r.TransactionId))
        {
            var soc = group.Where(r => r.Measurand == SampledReading.StateOfCharge && r.Value is not null)
                .GroupBy(r => r.Timestamp).OrderBy(g => g.Key)
                .Select(g => new SocPoint(g.Key, (int)Math.Round(Math.Clamp(g.First().Value!.Value, 0, 100), MidpointRounding.AwayFromZero)))
                .ToList();
            var energy = group.Where(r => r.Measurand == SampledReading.EnergyRegister)
                .GroupBy(r => r.Timestamp).OrderBy(g => g.Key)
                .Select(g => new EnergyPoint(g.Key, g.First().Wh!.Value))
                .ToList();
            result[group.Key] = new SessionTrend(soc, energy);
        }

        return result;
    }
}
