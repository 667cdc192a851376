namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.11: the payload of ClearCache.req. It has no fields: the JSON is <c>{}</c>.</summary>
public sealed record ClearCacheRequest;
