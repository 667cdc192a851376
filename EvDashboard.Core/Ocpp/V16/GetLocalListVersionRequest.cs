namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.27: the payload of GetLocalListVersion.req. It has no fields: the JSON is <c>{}</c>.</summary>
public sealed record GetLocalListVersionRequest;
