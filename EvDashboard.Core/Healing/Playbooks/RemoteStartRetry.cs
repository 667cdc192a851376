using System.Text.Json;
using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.V16;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>
/// An operator's RemoteStartTransaction with the "remote-start-retry" playbook behind it: when the charger refuses it,
/// does not answer or is offline, exactly one retry is stored as a run and sent by the worker RemoteStartRetrySeconds
/// later (as "system:healing", audited like every playbook action). The operator gets the first answer at once.
/// </summary>
public sealed class RemoteStartRetry(
    ChargePointCommandService commands,
    DatabaseWriter writer,
    TimeProvider time,
    IOptions<PlaybookOptions> options,
    ILogger<RemoteStartRetry> logger)
{
    /// <summary>OCPP 1.6 §6.33; without a connector the charger picks one.</summary>
    public Task<CommandResult> SendAsync(string chargePointId, int? connectorId, string idTag, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idTag);
        var payload = JsonSerializer.SerializeToElement(
            new RemoteStartTransactionRequest { ConnectorId = connectorId, IdTag = idTag.Trim() }, OcppJsonContext.Default.RemoteStartTransactionRequest);
        return SendAsync(chargePointId, payload, requestedBy, cancellationToken);
    }

    /// <summary>Sends a whole RemoteStartTransaction request (the API's, which may carry a charging profile).</summary>
    public async Task<CommandResult> SendAsync(string chargePointId, JsonElement payload, string requestedBy, CancellationToken cancellationToken)
    {
        var result = await commands.SendAsync(chargePointId, OcppActions.RemoteStartTransaction, payload, requestedBy, cancellationToken);
        var answer = PlaybookExecutor.Describe(result);
        if (answer != "Accepted" && result.Outcome is CommandOutcome.Answered or CommandOutcome.Timeout or CommandOutcome.Offline && options.Value.Enabled)
        {
            var connectorId = payload.TryGetProperty("connectorId", out var c) && c.TryGetInt32(out var id) ? id : 0;
            await ScheduleAsync(chargePointId, connectorId, requestedBy, answer, cancellationToken);
        }

        return result;
    }

    private async Task ScheduleAsync(string chargePointId, int connectorId, string requestedBy, string answer, CancellationToken cancellationToken)
    {
        var seconds = options.Value.RemoteStartRetrySeconds;
        var scheduled = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var db = scope.Db;
                var off = await db.ChargePoints.Where(c => c.Id == chargePointId).Select(c => (bool?)c.PlaybooksOff).FirstOrDefaultAsync(ct);
                var pending = await db.PlaybookRuns.AnyAsync(r => r.ChargePointId == chargePointId && r.Playbook == PlaybookKeys.RemoteStartRetry
                    && r.ConnectorId == connectorId && r.Status == PlaybookRunStatus.Running, ct);
                if (off is not false || pending)
                {
                    return false;
                }

                var now = time.GetUtcNow();
                db.PlaybookRuns.Add(new PlaybookRun(PlaybookKeys.RemoteStartRetry, chargePointId, connectorId, now, now.AddSeconds(seconds),
                    $"RemoteStartTransaction by {requestedBy} came back {answer}; one retry at {now.AddSeconds(seconds):HH:mm:ss} UTC."));
                return true;
            },
            cancellationToken);
        if (scheduled)
        {
            PlaybookLog.RetryScheduled(logger, chargePointId, answer, seconds);
        }
    }
}
