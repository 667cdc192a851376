using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Healing.Playbooks;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// The operator commands of the station page, built from the OCPP 1.6 request records and sent through
/// <see cref="ChargePointCommandService"/> (which checks, sends and audits them) in the name of the operator.
/// </summary>
public sealed class StationCommands(ChargePointCommandService commands, RemoteStartRetry remoteStarts)
{
    /// <summary>OCPP 1.6 §6.33; without a connector the charger picks one. A refused or unanswered start is retried once (self-healing).</summary>
    public async Task<CommandAnswer> RemoteStartAsync(string chargePointId, int? connectorId, string idTag, Actor actor, CancellationToken cancellationToken)
    {
        var action = OcppActions.RemoteStartTransaction;
        var payload = Payload(new RemoteStartTransactionRequest { ConnectorId = connectorId, IdTag = idTag.Trim() }, OcppJsonContext.Default.RemoteStartTransactionRequest);
        if (ChargePointCommandService.Validate(action, payload) is { } invalid)
        {
            return new CommandAnswer(action, CommandAnswerKind.NotSent, "Not sent", invalid.Description);
        }

        return ToAnswer(action, await remoteStarts.SendAsync(chargePointId, payload, actor.Name, cancellationToken)).Answer;
    }

    public Task<CommandAnswer> RemoteStopAsync(string chargePointId, int transactionId, Actor actor, CancellationToken cancellationToken) =>
        SendStatusAsync(chargePointId, OcppActions.RemoteStopTransaction,
            Payload(new RemoteStopTransactionRequest { TransactionId = transactionId }, OcppJsonContext.Default.RemoteStopTransactionRequest), actor, cancellationToken);

    public Task<CommandAnswer> ResetAsync(string chargePointId, ResetType type, Actor actor, CancellationToken cancellationToken) =>
        SendStatusAsync(chargePointId, OcppActions.Reset, Payload(new ResetRequest { Type = type }, OcppJsonContext.Default.ResetRequest), actor, cancellationToken);

    public Task<CommandAnswer> UnlockAsync(string chargePointId, int connectorId, Actor actor, CancellationToken cancellationToken) =>
        SendStatusAsync(chargePointId, OcppActions.UnlockConnector,
            Payload(new UnlockConnectorRequest { ConnectorId = connectorId }, OcppJsonContext.Default.UnlockConnectorRequest), actor, cancellationToken);

    /// <summary>OCPP 1.6 §6.7; connector 0 is the whole charge point.</summary>
    public Task<CommandAnswer> ChangeAvailabilityAsync(string chargePointId, int connectorId, AvailabilityType type, Actor actor, CancellationToken cancellationToken) =>
        SendStatusAsync(chargePointId, OcppActions.ChangeAvailability,
            Payload(new ChangeAvailabilityRequest { ConnectorId = connectorId, Type = type }, OcppJsonContext.Default.ChangeAvailabilityRequest), actor, cancellationToken);

    public Task<CommandAnswer> TriggerAsync(string chargePointId, MessageTrigger message, int? connectorId, Actor actor, CancellationToken cancellationToken) =>
        SendStatusAsync(chargePointId, OcppActions.TriggerMessage,
            Payload(new TriggerMessageRequest { RequestedMessage = message, ConnectorId = connectorId }, OcppJsonContext.Default.TriggerMessageRequest), actor, cancellationToken);

    public Task<CommandAnswer> ClearCacheAsync(string chargePointId, Actor actor, CancellationToken cancellationToken) =>
        SendStatusAsync(chargePointId, OcppActions.ClearCache, Payload(new ClearCacheRequest(), OcppJsonContext.Default.ClearCacheRequest), actor, cancellationToken);

    public Task<CommandAnswer> ChangeConfigurationAsync(string chargePointId, string key, string value, Actor actor, CancellationToken cancellationToken) =>
        SendStatusAsync(chargePointId, OcppActions.ChangeConfiguration,
            Payload(new ChangeConfigurationRequest { Key = key, Value = value }, OcppJsonContext.Default.ChangeConfigurationRequest), actor, cancellationToken);

    /// <summary>Every key the charger has (OCPP 1.6 §6.23, no key list).</summary>
    public async Task<ConfigurationReadout> GetConfigurationAsync(string chargePointId, Actor actor, CancellationToken cancellationToken)
    {
        var (answer, json) = await SendAsync(
            chargePointId, OcppActions.GetConfiguration, Payload(new GetConfigurationRequest(), OcppJsonContext.Default.GetConfigurationRequest), actor, cancellationToken);
        if (json is null)
        {
            return new ConfigurationReadout(answer, [], []);
        }

        // The command service has checked the answer against the schema, so it binds.
        var response = JsonSerializer.Deserialize(json, OcppJsonContext.Default.GetConfigurationResponse);
        var keys = (response?.ConfigurationKey ?? []).OrderBy(k => k.Key, StringComparer.OrdinalIgnoreCase).ToList();
        var unknown = response?.UnknownKey ?? [];
        return new ConfigurationReadout(answer with { Status = $"{keys.Count} keys" }, keys, unknown);
    }

    private async Task<CommandAnswer> SendStatusAsync(string chargePointId, string action, JsonElement payload, Actor actor, CancellationToken cancellationToken) =>
        (await SendAsync(chargePointId, action, payload, actor, cancellationToken)).Answer;

    /// <returns>The answer, and the charger's answer payload when it answered validly.</returns>
    private async Task<(CommandAnswer Answer, string? Json)> SendAsync(string chargePointId, string action, JsonElement payload, Actor actor, CancellationToken cancellationToken)
    {
        if (ChargePointCommandService.Validate(action, payload) is { } invalid)
        {
            return (new CommandAnswer(action, CommandAnswerKind.NotSent, "Not sent", invalid.Description), null);
        }

        return ToAnswer(action, await commands.SendAsync(chargePointId, action, payload, actor.Name, cancellationToken));
    }

    private static (CommandAnswer Answer, string? Json) ToAnswer(string action, CommandResult result) =>
        result.Outcome switch
        {
            CommandOutcome.Answered => (FromStatus(action, result.ResponseJson), result.ResponseJson),
            CommandOutcome.CallError => (new CommandAnswer(action, CommandAnswerKind.CallError, $"CALLERROR {result.ErrorCode}", result.ErrorDescription), null),
            CommandOutcome.Timeout => (new CommandAnswer(action, CommandAnswerKind.Timeout, "Timeout", result.ErrorDescription), null),
            CommandOutcome.Offline => (new CommandAnswer(action, CommandAnswerKind.Offline, "Offline", result.ErrorDescription), null),
            _ => (new CommandAnswer(action, CommandAnswerKind.InvalidAnswer, "Invalid answer", result.ErrorDescription), null),
        };

    /// <summary>Every 1.6 command answer but GetConfiguration's is a "status" enum (OCPP 1.6 §7).</summary>
    private static CommandAnswer FromStatus(string action, string? json)
    {
        string? status = null;
        if (json is not null)
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.TryGetProperty("status", out var value) && value.ValueKind == JsonValueKind.String)
            {
                status = value.GetString();
            }
        }

        return status switch
        {
            null => new CommandAnswer(action, CommandAnswerKind.Accepted, "Answered"),
            "Accepted" or "Unlocked" or "Scheduled" or "RebootRequired" => new CommandAnswer(action, CommandAnswerKind.Accepted, status),
            _ => new CommandAnswer(action, CommandAnswerKind.Refused, status),
        };
    }

    private static JsonElement Payload<T>(T request, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToElement(request, typeInfo);
}
