namespace EvDashboard.Hubs;

/// <summary>
/// A charging session started, received a meter sample, stopped or was interrupted. Energy is integer Wh
/// since the session's start, power integer W; <see cref="IdTag"/> is masked ("04A1…9F") because the hub's
/// clients are displays, and a displayed token must not be enough to clone a card.
/// </summary>
public sealed record SessionMessage(
    string ChargePointId,
    int ConnectorId,
    int TransactionId,
    string IdTag,
    string Status,
    long EnergyWh,
    long? PowerW,
    int? SocPercent,
    DateTimeOffset At);
