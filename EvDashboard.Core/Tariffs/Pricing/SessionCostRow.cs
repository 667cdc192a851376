using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>A priced session's row as <see cref="SessionCosts"/> needs it: its state, its frozen tariff version and its final cost, if any.</summary>
internal sealed record SessionCostRow(
    int TransactionId,
    string ChargePointId,
    int ConnectorId,
    DateTimeOffset StartedAt,
    long MeterStartWh,
    SessionStatus Status,
    DateTimeOffset? InterruptedAt,
    int TariffVersionId,
    int TariffId,
    string TariffName,
    int TariffVersion,
    string? CostBreakdownJson)
{
    /// <summary>The stored final cost; null while running, and for a completed session that could not be priced.</summary>
    public SessionCost? FinalCost() =>
        Status == SessionStatus.Completed && CostBreakdownJson is { } json
            ? new SessionCost(TransactionId, IsFinal: true, TariffId, TariffName, TariffVersion, TariffJson.DeserializeBreakdown(json))
            : null;
}
