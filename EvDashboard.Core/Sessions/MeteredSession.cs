namespace EvDashboard.Core.Sessions;

/// <summary>What the MeterValues path reads and updates of a session: who it is, and its meter figures.</summary>
internal sealed record MeteredSession(int TransactionId, string ChargePointId, int ConnectorId, string IdTag, SessionStatus Status, SessionMeter Meter);
