using System.Collections.Concurrent;
using System.Text.Json;
using EvDashboard.Core.Data;
using EvDashboard.Core.Healing.Reconciliation;
using EvDashboard.Core.Ocpp;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Healing.Continuation;

/// <summary>
/// Starts an interrupted session again when its connector reports Preparing/SuspendedEV inside the window: records the
/// attempt, sends RemoteStartTransaction for the same idTag (one retry when it is refused or unanswered), and settles the
/// attempts that fail, time out or lose their vehicle. <see cref="ContinuationLinker"/> links the StartTransaction that follows.
/// </summary>
internal sealed class ContinuationStarter(
    DatabaseWriter writer, ChargePointCommandService commands, ContinuationRequests requests, ContinuationPrecheck precheck, TimeProvider time,
    IOptionsMonitor<SessionHealingOptions> healing, IOptionsMonitor<OcppOptions> ocpp, ILogger<ContinuationStarter> logger)
{
    public const string RequestedBy = "system:continuation";

    // Attempts whose RemoteStartTransaction is still on its way: the timeout pass leaves them alone.
    private readonly ConcurrentDictionary<long, byte> _sending = new();

    /// <returns>The attempt made, or null when the session is not (or no longer) to be continued.</returns>
    public async Task<SessionContinuation?> TryContinueAsync(string chargePointId, int connectorId, ConnectorStatus status, CancellationToken cancellationToken)
    {
        if (!healing.CurrentValue.Continuation.Enabled || !ContinuationPolicy.MayTrigger(status)
            || !await precheck.MayContinueAsync(chargePointId, connectorId, cancellationToken))
        {
            return null;
        }

        var continuation = await writer.ExecuteAsync((scope, ct) => requests.RequestAsync(scope, chargePointId, connectorId, status, ct), cancellationToken);
        if (continuation is null)
        {
            return null;
        }

        _sending[continuation.Id] = 0;
        try
        {
            SessionHealingLog.ContinuationRequested(logger, continuation.PreviousTransactionId, chargePointId, connectorId, continuation.Attempt);
            var result = await RemoteStartAsync(continuation, cancellationToken);
            if (result is not null)
            {
                await SettleAsync(continuation.Id, result.Value.Outcome, result.Value.Detail, cancellationToken);
            }
        }
        finally
        {
            _sending.TryRemove(continuation.Id, out _);
        }

        return continuation;
    }

    /// <summary>Settles the attempts whose StartTransaction did not come in time; returns how many.</summary>
    public async Task<int> ExpireAsync(CancellationToken cancellationToken)
    {
        if (!await precheck.AnyRequestedAsync(cancellationToken))
        {
            return 0;
        }

        var deadline = time.GetUtcNow() - ContinuationPolicy.StartDeadline(healing.CurrentValue.Continuation, ocpp.CurrentValue.CallTimeoutSeconds);
        return await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var late = await scope.Db.SessionContinuations
                    .Where(c => c.Outcome == ContinuationOutcome.Requested && c.RequestedAt <= deadline)
                    .ToListAsync(ct);
                var expired = late.Where(c => !_sending.ContainsKey(c.Id)).ToList();
                foreach (var continuation in expired)
                {
                    await SettleInScopeAsync(scope, continuation, ContinuationOutcome.TimedOut, "The charger accepted but no StartTransaction followed in time.", ct);
                }

                return expired.Count;
            },
            cancellationToken);
    }

    /// <inheritdoc cref="ContinuationPrecheck.OpenConnectorsAsync"/>
    public Task<IReadOnlySet<(string ChargePointId, int ConnectorId)>> OpenConnectorsAsync(CancellationToken cancellationToken) =>
        precheck.OpenConnectorsAsync(cancellationToken);

    /// <summary>
    /// The vehicle left (the connector went Available): nothing on the connector is continued any more. A unit of work in the
    /// writer: call it only for connectors in <see cref="ContinuationPrecheck.OpenConnectorsAsync"/>.
    /// </summary>
    public async Task AbandonAsync(string chargePointId, int connectorId, CancellationToken cancellationToken)
    {
        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var open = await scope.Db.SessionContinuations
                    .Where(c => c.ChargePointId == chargePointId && c.ConnectorId == connectorId && c.Outcome == ContinuationOutcome.Requested)
                    .ToListAsync(ct);
                foreach (var continuation in open)
                {
                    await SettleInScopeAsync(scope, continuation, ContinuationOutcome.Abandoned, "The vehicle left: the connector went Available.", ct);
                }

                // Its receipt need not wait for a continuation that can no longer come.
                var held = await scope.Db.ChargingSessions
                    .Where(s => s.ChargePointId == chargePointId && s.ConnectorId == connectorId && s.ReceiptHeldUntil != null)
                    .ToListAsync(ct);
                held.ForEach(s => s.HoldReceipt(null));
            },
            cancellationToken);
    }

    private async Task<(ContinuationOutcome Outcome, string Detail)?> RemoteStartAsync(SessionContinuation continuation, CancellationToken cancellationToken)
    {
        using var payload = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["connectorId"] = continuation.ConnectorId,
            ["idTag"] = continuation.IdTag,
        }));
        CommandResult? last = null;
        // The self-healing rule for RemoteStartTransaction: refused or unanswered, it is tried once more, never in a loop.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            last = await commands.SendAsync(continuation.ChargePointId, "RemoteStartTransaction", payload.RootElement, RequestedBy, cancellationToken);
            if (IsAccepted(last))
            {
                return null;
            }
        }

        var outcome = last!.Outcome is CommandOutcome.Timeout or CommandOutcome.Offline ? ContinuationOutcome.TimedOut : ContinuationOutcome.Rejected;
        var answer = last.ResponseJson ?? $"{last.Outcome} {last.ErrorCode} {last.ErrorDescription}".Trim();
        return (outcome, $"RemoteStartTransaction was not accepted after one retry: {answer}");
    }

    private static bool IsAccepted(CommandResult result)
    {
        if (result.Outcome != CommandOutcome.Answered || result.ResponseJson is null)
        {
            return false;
        }

        using var answer = JsonDocument.Parse(result.ResponseJson);
        return answer.RootElement.TryGetProperty("status", out var status) && status.GetString() == "Accepted";
    }

    private Task SettleAsync(long continuationId, ContinuationOutcome outcome, string detail, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var continuation = await scope.Db.SessionContinuations.FindAsync([continuationId], ct);
                if (continuation is { Outcome: ContinuationOutcome.Requested })
                {
                    await SettleInScopeAsync(scope, continuation, outcome, detail, ct);
                }
            },
            cancellationToken);

    private async Task SettleInScopeAsync(WriteScope scope, SessionContinuation continuation, ContinuationOutcome outcome, string detail, CancellationToken cancellationToken)
    {
        continuation.Settle(outcome, time.GetUtcNow(), detail);
        SessionHealingLog.ContinuationSettled(logger, continuation.PreviousTransactionId, continuation.ChargePointId, outcome);
        // Not continued after all: the chain ends with the previous session, whose receipt may go out now.
        var previous = await scope.Db.ChargingSessions.FindAsync([continuation.PreviousTransactionId], cancellationToken);
        previous?.HoldReceipt(null);
    }
}
