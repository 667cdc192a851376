using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>The OCPP 1.6 requests the playbooks send, built from the request records.</summary>
internal static class PlaybookCommands
{
    public static PlaybookCommand Trigger(MessageTrigger message, int? connectorId) => new(
        OcppActions.TriggerMessage,
        Payload(new TriggerMessageRequest { RequestedMessage = message, ConnectorId = connectorId }, OcppJsonContext.Default.TriggerMessageRequest),
        connectorId is { } c ? $"TriggerMessage {message} (connector {c})" : $"TriggerMessage {message}");

    public static PlaybookCommand Reset(ResetType type) =>
        new(OcppActions.Reset, Payload(new ResetRequest { Type = type }, OcppJsonContext.Default.ResetRequest), $"{type.ToString().ToLowerInvariant()} Reset");

    public static PlaybookCommand Unlock(int connectorId) => new(
        OcppActions.UnlockConnector,
        Payload(new UnlockConnectorRequest { ConnectorId = connectorId }, OcppJsonContext.Default.UnlockConnectorRequest),
        $"UnlockConnector {connectorId}");

    public static PlaybookCommand RemoteStart(string requestJson)
    {
        using var document = JsonDocument.Parse(requestJson);
        return new(OcppActions.RemoteStartTransaction, document.RootElement.Clone(), "RemoteStartTransaction retry");
    }

    private static JsonElement Payload<T>(T request, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToElement(request, typeInfo);
}
