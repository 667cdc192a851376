namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.20: the payload of FirmwareStatusNotification.conf. It has no fields: the JSON is <c>{}</c>.</summary>
public sealed record FirmwareStatusNotificationResponse;
