using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Identity.Queries;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity.Unknown;

/// <summary>
/// Unknown idTags, from the Authorize and StartTransaction records of the last <see cref="Window"/>: adopt one as a
/// new idTag, or dismiss it until it is presented again.
/// </summary>
public sealed class UnknownTagInbox(
    IDbContextFactory<EvDashboardDbContext> contexts, DatabaseWriter writer, AuditTrail auditTrail, IdTagAdministration administration, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public async Task<IReadOnlyList<UnknownTagView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var since = time.GetUtcNow() - Window;
        var attempts = await db.AuthorizationRecords.AsNoTracking()
            .Where(a => !a.IsKnownTag && a.At >= since)
            .Select(a => new { a.IdTag, a.ChargePointId, a.ConnectorId, a.At })
            .ToListAsync(cancellationToken);
        var values = attempts.Select(a => a.IdTag).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Adopted since, perhaps through the idTags page: no longer unknown.
        var known = (await db.IdTags.AsNoTracking().Where(t => values.Contains(t.Value)).Select(t => t.Value).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dismissed = (await db.UnknownTagDismissals.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(d => d.IdTag, d => d.DismissedAt, StringComparer.OrdinalIgnoreCase);
        return attempts
            .Where(a => !known.Contains(a.IdTag))
            .GroupBy(a => a.IdTag, StringComparer.OrdinalIgnoreCase)
            .Select(g => new UnknownTagView(
                g.Key, g.Count(), g.Min(a => a.At), g.Max(a => a.At),
                g.Select(a => a.ConnectorId is { } c ? $"{a.ChargePointId} #{c}" : a.ChargePointId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .Where(v => !dismissed.TryGetValue(v.IdTag, out var at) || v.LastSeen > at)
            .OrderByDescending(v => v.LastSeen)
            .ToList();
    }

    /// <summary>Creates the idTag with defaults (accepted, RFID card, no expiry, no limits); the operator refines it on the idTags page.</summary>
    public Task<IdTagChangeResult> AdoptAsync(string idTag, Actor actor, CancellationToken cancellationToken) =>
        administration.CreateAsync(idTag, new IdTagSettings(IdTagStatus.Accepted, null, null, null), actor, "idtag.adopt", cancellationToken);

    public Task DismissAsync(string idTag, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var now = time.GetUtcNow();
                var dismissal = await scope.Db.UnknownTagDismissals.FirstOrDefaultAsync(d => d.IdTag == idTag, ct);
                if (dismissal is null)
                {
                    scope.Db.UnknownTagDismissals.Add(new UnknownTagDismissal(idTag, now, actor.Name));
                }
                else
                {
                    dismissal.Renew(now, actor.Name);
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, "idtag.dismiss", idTag, AuditResult.Succeeded, "Hidden from the unknown-tag inbox until presented again"));
            },
            cancellationToken);
    }
}
