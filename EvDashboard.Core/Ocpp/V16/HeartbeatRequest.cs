namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.29: the payload of Heartbeat.req. It has no fields: the JSON is <c>{}</c>.</summary>
public sealed record HeartbeatRequest;
