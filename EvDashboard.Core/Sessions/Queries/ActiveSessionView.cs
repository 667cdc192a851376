using EvDashboard.Core.Sessions.Estimation;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>A running session as the active-sessions page shows it: live values and when it is expected to end.</summary>
public sealed record ActiveSessionView(
    int TransactionId,
    string ChargePointId,
    int ConnectorId,
    string IdTag,
    DateTimeOffset StartedAt,
    long EnergyWh,
    long? PowerW,
    int? SocPercent,
    DateTimeOffset? LastMeterAt,
    EndTimeEstimate Estimate);
