using EvDashboard.Core.Audit;
using System.Text;
using System.Text.Json;
using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.Framing;
using EvDashboard.Core.Ocpp.V16;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Ocpp.Commands;

/// <summary>
/// Sends operator commands (server-initiated OCPP calls) for the UI and the API: checks the payload
/// against the action's schema, sends it through the live connection, checks the answer, and keeps
/// every command with its outcome.
/// </summary>
public sealed partial class ChargePointCommandService(
    IChargePointMessenger messenger,
    DatabaseWriter writer,
    TimeProvider time,
    ILogger<ChargePointCommandService> logger)
{
    /// <summary>Actions a central system may send to a charge point (OCPP 1.6 §5).</summary>
    public static bool IsCommand(string action) => OcppActions.CentralSystemInitiated.Contains(action);

    /// <summary>Null when the payload is a valid request for the action; otherwise what is wrong with it.</summary>
    public static OcppValidationError? Validate(string action, JsonElement payload) =>
        OcppSchemaValidator.Validate(action, OcppMessageDirection.Request, payload);

    public Task<CommandResult> SendAsync(string chargePointId, string action, JsonElement payload, string requestedBy, CancellationToken cancellationToken) =>
        SendAsync(chargePointId, action, payload, payload, requestedBy, cancellationToken);

    /// <param name="recordedPayload">
    /// What the command record keeps instead of the payload, for a payload that carries a secret (a new
    /// AuthorizationKey): the record is an audit trail and must never hold a key.
    /// </param>
    public async Task<CommandResult> SendAsync(
        string chargePointId, string action, JsonElement payload, JsonElement recordedPayload, string requestedBy, CancellationToken cancellationToken)
    {
        if (!IsCommand(action))
        {
            throw new ArgumentException($"{action} is not a command a central system sends.", nameof(action));
        }

        if (Validate(action, payload) is { } error)
        {
            throw new ArgumentException(error.Description, nameof(payload));
        }

        var requestJson = payload.GetRawText();
        var sentAt = time.GetUtcNow();
        var result = messenger.IsConnected(chargePointId)
            ? await messenger.CallAsync(chargePointId, action, Encoding.UTF8.GetBytes(requestJson), cancellationToken)
            : CommandResult.Offline("The charge point is not connected.");
        result = CheckAnswer(action, result);
        CommandSent(logger, action, chargePointId, result.Outcome);

        var record = new CommandRecord(chargePointId, action, recordedPayload.GetRawText(), requestedBy, sentAt);
        record.Complete(result, time.GetUtcNow());
        var audit = new AuditEntry(
            sentAt,
            new Actor(requestedBy),
            $"command.{action}",
            chargePointId,
            result.Outcome == CommandOutcome.Answered ? AuditResult.Succeeded : AuditResult.Failed,
            $"{requestJson} → {result.Outcome}: {result.ResponseJson ?? $"{result.ErrorCode} {result.ErrorDescription}".Trim()}",
            remoteAddress: null);
        await writer.ExecuteAsync(
            (scope, _) =>
            {
                scope.Db.CommandRecords.Add(record);
                AuditTrail.Append(scope, audit);
                return Task.CompletedTask;
            },
            CancellationToken.None);
        return result;
    }

    private static CommandResult CheckAnswer(string action, CommandResult result)
    {
        if (result.Outcome != CommandOutcome.Answered || result.ResponseJson is null)
        {
            return result;
        }

        using var document = JsonDocument.Parse(result.ResponseJson);
        return OcppSchemaValidator.Validate(action, OcppMessageDirection.Response, document.RootElement) is { } error
            ? result with { Outcome = CommandOutcome.InvalidAnswer, ErrorCode = error.Code.ToWireName(), ErrorDescription = error.Description }
            : result;
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "{Action} to {ChargePointId}: {Outcome}")]
    private static partial void CommandSent(ILogger logger, string action, string chargePointId, CommandOutcome outcome);
}
