using EvDashboard.Core.Identity;

namespace EvDashboard.Core.Sessions;

/// <summary>A StartTransaction as reported by the charger (OCPP 1.6 §6.46), with the central system's decision on its tag.</summary>
public sealed record SessionStart(
    string ChargePointId,
    int ConnectorId,
    string IdTag,
    DateTimeOffset Timestamp,
    long MeterStartWh,
    int? ReservationId,
    AuthorizationOutcome Authorization,
    DateTimeOffset ReceivedAt);
