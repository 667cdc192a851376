using System.Text;
using System.Text.Json;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>One request the <see cref="WebhookReceiver"/> got, and whether its signature checked out.</summary>
public sealed record WebhookRequest(
    string Method, string? ContentType, string? Timestamp, string? Signature, string? DeliveryId, byte[] Body, bool SignatureValid)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string Text => Encoding.UTF8.GetString(Body);
}
