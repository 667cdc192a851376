using EvDashboard.Core.Data;
using EvDashboard.Core.Identity.Budgets;
using EvDashboard.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity;

/// <summary>Decides on a driver's token from the idTag table (status, expiry, concurrent-session limit, budget).</summary>
internal static class TagAuthorizer
{
    /// <param name="excludeTransactionId">A session not to count against the concurrency limit (the one being stopped).</param>
    /// <param name="startingOn">The connector a session is starting on: an open session there is superseded, so it does not count.</param>
    /// <param name="budgets">Given for Authorize and StartTransaction: a spent budget then answers Blocked. A stop is never refused for it.</param>
    public static async Task<AuthorizationDecision> DecideAsync(
        EvDashboardDbContext db, string idTag, DateTimeOffset now, int? excludeTransactionId, CancellationToken cancellationToken,
        (string ChargePointId, int ConnectorId)? startingOn = null, BudgetMeter? budgets = null)
    {
        var tag = await db.IdTags.AsNoTracking().FirstOrDefaultAsync(t => t.Value == idTag, cancellationToken);
        if (tag is null)
        {
            return AuthorizationDecision.Unknown;
        }

        var outcome = tag.Status switch
        {
            IdTagStatus.Blocked => AuthorizationOutcome.Blocked,
            IdTagStatus.Invalid => AuthorizationOutcome.Invalid,
            IdTagStatus.Expired => AuthorizationOutcome.Expired,
            _ when tag.ExpiresAt is { } expires && expires <= now => AuthorizationOutcome.Expired,
            _ => AuthorizationOutcome.Accepted,
        };

        if (outcome == AuthorizationOutcome.Accepted && tag.MaxConcurrentSessions is { } max)
        {
            var excluded = excludeTransactionId ?? 0;
            var (cp, connector) = startingOn ?? (string.Empty, -1);
            var running = await db.ChargingSessions.CountAsync(
                s => s.IdTag == idTag && s.Status == SessionStatus.Active && s.TransactionId != excluded
                     && !(s.ChargePointId == cp && s.ConnectorId == connector),
                cancellationToken);
            if (running >= max)
            {
                outcome = AuthorizationOutcome.ConcurrentTx;
            }
        }

        string? reason = null;
        if (outcome == AuthorizationOutcome.Accepted && budgets is not null
            && await budgets.MeasureAsync(db, tag.Value, tag.Budget, now, cancellationToken) is { IsSpent: true } use)
        {
            // OCPP 1.6 §7.2 has no "over budget" status; Blocked is the one that makes the charger refuse the driver.
            outcome = AuthorizationOutcome.Blocked;
            reason = use.SpentReason();
        }

        return new AuthorizationDecision(outcome, tag.ExpiresAt, tag.ParentIdTag, IsKnownTag: true, reason);
    }
}
