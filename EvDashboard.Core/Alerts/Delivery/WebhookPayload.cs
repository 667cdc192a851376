using System.Text.Json;

namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>
/// The JSON body of a webhook, written field by field so its shape is exactly what docs/ALERTS.md promises:
/// the delivery, then the alert's fields when there is an alert (a test has none). Enum values are lower-case words.
/// </summary>
internal static class WebhookPayload
{
    public static byte[] Write(DeliveryMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("id", message.Id);
            json.WriteString("event", Word(message.Event));
            json.WriteString("audience", Word(message.Audience));
            json.WriteString("rule", message.RuleKey);
            WriteNullable(json, "alertId", message.Alert?.Id);
            json.WriteString("title", message.Title);
            json.WriteString("body", message.Body);
            json.WriteString("createdAt", message.CreatedAt.ToUniversalTime());
            if (message.Alert is { } alert)
            {
                WriteAlert(json, alert);
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteAlert(Utf8JsonWriter json, DeliveryAlertFacts alert)
    {
        json.WriteString("severity", Word(alert.Severity));
        json.WriteString("chargePointId", alert.ChargePointId);
        WriteNullable(json, "connectorId", alert.ConnectorId);
        WriteNullable(json, "transactionId", alert.TransactionId);
        json.WriteString("status", Word(alert.Status));
        json.WriteString("raisedAt", alert.RaisedAt.ToUniversalTime());
        if (alert.ResolvedAt is { } resolvedAt)
        {
            json.WriteString("resolvedAt", resolvedAt.ToUniversalTime());
        }
        else
        {
            json.WriteNull("resolvedAt");
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
