namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>What a handler knows about the call beyond its payload: who sent it and when it arrived.</summary>
public sealed record OcppCallContext(string ChargePointId, DateTimeOffset ReceivedAt);
