namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.32: the payload of MeterValues.conf. It has no fields: the JSON is <c>{}</c>.</summary>
public sealed record MeterValuesResponse;
