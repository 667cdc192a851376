using System.Globalization;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Data;
using EvDashboard.Core.Healing.Reconciliation;
using EvDashboard.Core.Ocpp;
using EvDashboard.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Healing.Continuation;

/// <summary>
/// The StartTransaction side of a continuation, inside the start's unit of work: a new session on the connector for the idTag a
/// continuation was requested for becomes the chain's next segment, priced with the root's frozen tariff, and the operators
/// are told. Also keeps the receipt of a session that ended in a way that may be continued waiting for the window.
/// </summary>
internal sealed class ContinuationLinker(
    IAlertNotices notices, IOptionsMonitor<SessionHealingOptions> healing, IOptionsMonitor<OcppOptions> ocpp)
{
    /// <returns>True when the session continues a chain (its tariff is then frozen here); false for an ordinary start.</returns>
    public async Task<bool> LinkAsync(WriteScope scope, ChargingSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(session);
        var db = scope.Db;
        var since = session.StartReceivedAt - ContinuationPolicy.StartDeadline(healing.CurrentValue.Continuation, ocpp.CurrentValue.CallTimeoutSeconds);
        var requested = await db.SessionContinuations
            .Where(c => c.ChargePointId == session.ChargePointId && c.ConnectorId == session.ConnectorId
                && c.Outcome == ContinuationOutcome.Requested && c.RequestedAt >= since)
            .OrderByDescending(c => c.RequestedAt)
            .ToListAsync(cancellationToken);
        var continuation = requested.FirstOrDefault(c => string.Equals(c.IdTag, session.IdTag, StringComparison.OrdinalIgnoreCase));
        if (continuation is null)
        {
            return false;
        }

        var previous = await db.ChargingSessions.FindAsync([continuation.PreviousTransactionId], cancellationToken);
        var root = await db.ChargingSessions.FindAsync([continuation.RootTransactionId], cancellationToken);
        if (previous is null || root is null)
        {
            return false;
        }

        session.ContinueChain(previous, root);
        // One billing session: the root's tariff version and group, whatever was edited or assigned since it started.
        session.FreezeTariff(root.TariffVersionId, root.TagGroup);
        continuation.Started(session.TransactionId, session.StartReceivedAt);
        previous.HoldReceipt(null);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Session {previous.TransactionId} on {session.ChargePointId} connector {session.ConnectorId} was interrupted ({continuation.Trigger}) and continued as session {session.TransactionId} (attempt {continuation.Attempt}).");
        await notices.RaiseAsync(
            scope,
            new AlertNotice(AlertRuleKeys.SessionContinued, string.Create(CultureInfo.InvariantCulture, $"tx:{session.TransactionId}"), session.ChargePointId,
                session.ConnectorId, session.TransactionId, message, string.Create(CultureInfo.InvariantCulture, $"Chain of session {root.TransactionId}."), session.StartReceivedAt),
            cancellationToken);
        return true;
    }

    /// <summary>A session that has just completed in a way that may be continued keeps its receipt back until the window has passed.</summary>
    public async Task HoldReceiptAsync(WriteScope scope, ChargingSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(session);
        if (ContinuationPolicy.HoldUntil(session, healing.CurrentValue.Continuation) is not { } until)
        {
            return;
        }

        // Already continued (a late stop for a session whose next segment runs): the chain's receipt waits for that segment anyway.
        var continued = await scope.Db.SessionContinuations.AnyAsync(
            c => c.PreviousTransactionId == session.TransactionId && c.Outcome == ContinuationOutcome.Started, cancellationToken);
        var chargePoint = await scope.Db.ChargePoints.FindAsync([session.ChargePointId], cancellationToken);
        if (!continued && chargePoint is { ContinuationOff: false })
        {
            session.HoldReceipt(until);
        }
    }
}
