namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.48: the payload of StatusNotification.conf. It has no fields: the JSON is <c>{}</c>.</summary>
public sealed record StatusNotificationResponse;
