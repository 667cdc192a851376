using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs.Calculation;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// Completed, priced sessions written straight through the writer (Start, Stop, RecordFinalCost with a hand-made
/// breakdown), and idTags with owners and groups: the data receipts and statements are made from.
/// </summary>
internal static class BillingSeed
{
    /// <summary>Start fee 1.00 + 12.345 kWh at 0.39 (4.81) + 1.5 h at 1.00 (1.50) = 7.31 net; 19 % VAT on the net = 1.39; 8.70 total.</summary>
    public static CostBreakdown Standard(decimal vatRate = 19m, string currency = "EUR") => Breakdown(currency, vatRate,
        new CostLine(CostComponent.StartFee, "Start fee", 1, "session", 1.00m, 100),
        new CostLine(CostComponent.Energy, "Energy", 12.345m, "kWh", 0.39m, 481, "Mon–Fri 07:00–22:00"),
        new CostLine(CostComponent.ChargingTime, "Charging time", 1.5m, "h", 1.00m, 150));

    public static CostBreakdown Breakdown(string currency, decimal vatRate, params CostLine[] lines)
    {
        var net = lines.Sum(l => l.AmountMinor);
        var vat = (long)decimal.Round(net * vatRate / 100m, 0, MidpointRounding.AwayFromZero);
        return new CostBreakdown(currency, lines, net, vatRate, vat, net + vat, 12_345, 5_400, 0);
    }

    public static Task<int> SessionAsync(
        DatabaseWriter writer, string idTag, DateTimeOffset startedAt, CostBreakdown? cost, string? group = null, string chargePointId = "CP-01", int minutes = 90) =>
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                if (await scope.Db.ChargePoints.FindAsync([chargePointId], ct) is null)
                {
                    scope.Db.ChargePoints.Add(new ChargePoint(chargePointId, null, startedAt.AddDays(-30), registeredOnFirstConnect: false));
                }

                var session = ChargingSession.Start(new SessionStart(chargePointId, 1, idTag, startedAt, 1_000, null, AuthorizationOutcome.Accepted, startedAt));
                session.FreezeTariff(null, group);
                var end = startedAt.AddMinutes(minutes);
                session.Stop(new SessionStop(end, 1_000 + (cost?.EnergyWh ?? 12_345), "EVDisconnected", null, end));
                if (cost is not null)
                {
                    session.RecordFinalCost(cost, end);
                }

                scope.Db.ChargingSessions.Add(session);
                await scope.Db.SaveChangesAsync(ct);
                return session.TransactionId;
            },
            CancellationToken.None);

    public static Task TagAsync(DatabaseWriter writer, string value, string? owner, string? group = null) =>
        writer.ExecuteAsync(
            (scope, _) =>
            {
                var tag = new IdTag(value, DateTimeOffset.UnixEpoch);
                tag.Update(IdTagStatus.Accepted, null, group, null, DateTimeOffset.UnixEpoch);
                tag.Describe(IdTagType.RfidCard, owner, DateTimeOffset.UnixEpoch);
                scope.Db.IdTags.Add(tag);
                return Task.CompletedTask;
            },
            CancellationToken.None);
}
