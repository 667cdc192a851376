namespace EvDashboard.Core.Sessions.Queries;

/// <summary>
/// One session in the history. <see cref="Duration"/> runs to the stop, else to the interruption, else to now;
/// <see cref="EnergyWh"/> is whole Wh (final once completed).
/// </summary>
public sealed record SessionHistoryRow(
    int TransactionId,
    string ChargePointId,
    int ConnectorId,
    string IdTag,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset? InterruptedAt,
    SessionStatus Status,
    long MeterStartWh,
    long? MeterStopWh,
    long EnergyWh,
    TimeSpan Duration,
    string? StopReason,
    SessionWarnings Warnings);
