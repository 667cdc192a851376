namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.18: the payload of DiagnosticsStatusNotification.conf. It has no fields: the JSON is <c>{}</c>.</summary>
public sealed record DiagnosticsStatusNotificationResponse;
