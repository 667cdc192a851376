using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// "Energy today" for sessions that began before the site's midnight: what they had delivered by then,
/// from the billing register's last reading at or before midnight. One query for all of them.
/// </summary>
internal static class MidnightRegisters
{
    /// <returns>Energy delivered before midnight (Wh, ≥ 0) per transaction; sessions without a reading by then are absent (0).</returns>
    public static async Task<Dictionary<int, long>> DeliveredBeforeAsync(
        EvDashboardDbContext db, IReadOnlyCollection<(int TransactionId, long MeterStartWh)> carriedOver, DateTimeOffset midnight, CancellationToken cancellationToken)
    {
        if (carriedOver.Count == 0)
        {
            return [];
        }

        var ids = carriedOver.Select(s => (int?)s.TransactionId).ToList();
        var registers = await db.MeterSamples.AsNoTracking()
            .Where(m => ids.Contains(m.TransactionId) && m.Timestamp <= midnight
                        && m.Measurand == SampledReading.EnergyRegister && m.Phase == "" && m.Wh != null
                        && (m.Location == "Outlet" || m.Location == "Cable" || m.Location == "EV"))
            .GroupBy(m => m.TransactionId)
            // Registers only count up, so the largest reading before midnight is the last one.
            .Select(g => new { TransactionId = g.Key!.Value, Wh = g.Max(m => m.Wh!.Value) })
            .ToDictionaryAsync(r => r.TransactionId, r => r.Wh, cancellationToken);

        var delivered = new Dictionary<int, long>(registers.Count);
        foreach (var (transactionId, meterStartWh) in carriedOver)
        {
            if (registers.TryGetValue(transactionId, out var wh))
            {
                delivered[transactionId] = Math.Max(0, wh - meterStartWh);
            }
        }

        return delivered;
    }
}
