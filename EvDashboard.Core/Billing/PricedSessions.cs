using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Billing;

/// <summary>
/// The completed sessions that have a stored final cost. Filter with <see cref="Of"/> and project last with
/// <see cref="Project"/>: EF cannot translate conditions on the projected record.
/// </summary>
internal static class PricedSessions
{
    public static IQueryable<ChargingSession> Of(IQueryable<ChargingSession> sessions) =>
        sessions.Where(s => s.Status == SessionStatus.Completed && s.CostTotalMinor != null && s.CostBreakdownJson != null && s.EndedAt != null);

    public static IQueryable<PricedSession> Project(IQueryable<ChargingSession> sessions) =>
        sessions.Select(s => new PricedSession(
            s.TransactionId, s.ChargePointId, s.ConnectorId, s.IdTag, s.TagGroup, s.StartedAt, s.EndedAt!.Value, s.EnergyWh,
            s.CostCurrency!, s.CostNetMinor!.Value, s.CostVatMinor!.Value, s.CostBreakdownJson!));
}
