namespace EvDashboard.Core.Billing;

/// <summary>A completed session with its stored final cost, as receipts and statements read it.</summary>
internal sealed record PricedSession(
    int TransactionId,
    string ChargePointId,
    int ConnectorId,
    string IdTag,
    string? TagGroup,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    long EnergyWh,
    string Currency,
    long NetMinor,
    long VatMinor,
    string BreakdownJson);
