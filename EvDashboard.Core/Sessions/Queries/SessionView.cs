using EvDashboard.Core.Identity;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>
/// A charging session from the ledger. Energy is whole Wh; <see cref="EnergyWh"/> is final once the
/// session is completed and running (newest register − meterStart) before that.
/// Not sealed: <see cref="SessionDetail"/> adds the timeline to it.
/// </summary>
public record SessionView(
    int TransactionId,
    string ChargePointId,
    int ConnectorId,
    string IdTag,
    AuthorizationOutcome StartAuthorization,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    long MeterStartWh,
    long? MeterStopWh,
    long EnergyWh,
    string? StopReason,
    SessionStatus Status,
    IReadOnlyList<string> Warnings,
    DateTimeOffset? InterruptedAt,
    string? InterruptionReason,
    long? LastPowerW,
    int? LastSocPercent,
    DateTimeOffset? LastMeterAt);
