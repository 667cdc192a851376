namespace EvDashboard.Hubs;

/// <summary>A charge point's WebSocket connected (<see cref="IsOnline"/> true) or went away.</summary>
public sealed record ChargePointConnectionMessage(string ChargePointId, bool IsOnline, DateTimeOffset At);
