using System.Globalization;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Healing.Continuation;
using EvDashboard.Core.Live;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Core.Healing.Reconciliation;

/// <summary>
/// Closes one stuck session inside the caller's unit of work, with everything a real StopTransaction brings: the final cost,
/// the rollups of the days it spans, and, because nobody reported this end, an audit entry, a ledger anomaly and a notice.
/// </summary>
internal sealed class SystemSessionCloser(
    FinalCostRecorder pricing, RollupInvalidation rollups, LiveFeed feed, IAlertNotices notices, ContinuationLinker continuations)
{
    /// <returns>False when the session was already completed (a late StopTransaction got there first).</returns>
    public async Task<bool> CloseAsync(WriteScope scope, ChargingSession session, string reason, string why, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(session);
        if (!session.CloseBySystem(at, reason))
        {
            return false;
        }

        await continuations.HoldReceiptAsync(scope, session, cancellationToken);
        await pricing.RecordAsync(scope, session, at, cancellationToken);
        rollups.MarkFrom(scope, session.StartedAt, cancellationToken);
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{why} Closed at the last meter reading: {session.EnergyWh} Wh, ended {session.EndedAt:O} (reason {reason}).");
        var target = string.Create(CultureInfo.InvariantCulture, $"tx:{session.TransactionId}");
        AuditTrail.Append(scope, new AuditEntry(at, Actor.System, "session.close", target, AuditResult.Succeeded, detail, remoteAddress: null));
        scope.Db.LedgerAnomalies.Add(new LedgerAnomaly(session.ChargePointId, LedgerAnomalyKind.SessionClosedBySystem, session.TransactionId, Clip(detail), at));
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Session {session.TransactionId} on {session.ChargePointId} connector {session.ConnectorId} was closed by the system: {why}");
        await notices.RaiseAsync(
            scope,
            new AlertNotice(AlertRuleKeys.SessionClosedBySystem, target, session.ChargePointId, session.ConnectorId, session.TransactionId, message, detail, at),
            cancellationToken);
        scope.AfterCommit(() => feed.Publish(SessionChanged.From(session, at)));
        return true;
    }

    // The anomaly's detail column holds 500 characters.
    private static string Clip(string text) => text.Length <= 500 ? text : text[..499] + "…";
}
