using EvDashboard.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Billing;

/// <summary>The completed sessions that have a stored final cost, projected for billing.</summary>
internal static class PricedSessions
{
    public static IQueryable<PricedSession> Query(IQueryable<ChargingSession> sessions) =>
        sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Completed && s.CostTotalMinor != null && s.CostBreakdownJson != null && s.EndedAt != null)
            .Select(s => new PricedSession(
                s.TransactionId, s.ChargePointId, s.ConnectorId, s.IdTag, s.TagGroup, s.StartedAt, s.EndedAt!.Value, s.EnergyWh,
                s.CostCurrency!, s.CostNetMinor!.Value, s.CostVatMinor!.Value, s.CostBreakdownJson!));
}
