namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.56: the payload of UpdateFirmware.conf. It has no fields: the JSON is <c>{}</c>.</summary>
public sealed record UpdateFirmwareResponse;
