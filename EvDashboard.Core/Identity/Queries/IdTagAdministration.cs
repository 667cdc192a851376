using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Identity.Queries;

/// <summary>
/// Operator changes to idTags, each one unit of work of the database writer together with its audit entry. The
/// entity validates (an <see cref="ArgumentException"/> for a bad value); callers check input first to answer clearly.
/// </summary>
public sealed class IdTagAdministration(DatabaseWriter writer, AuditTrail auditTrail, TimeProvider time, ILogger<IdTagAdministration> logger)
{
    public Task<IdTagChangeResult> CreateAsync(string idTag, IdTagSettings settings, Actor actor, CancellationToken cancellationToken) =>
        CreateAsync(idTag, settings, actor, "idtag.create", cancellationToken);

    /// <param name="auditAction">What the audit trail calls the creation (idtag.create, or idtag.adopt from the unknown-tag inbox).</param>
    internal async Task<IdTagChangeResult> CreateAsync(string idTag, IdTagSettings settings, Actor actor, string auditAction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var now = time.GetUtcNow();
        var tag = new IdTag(idTag, now);
        settings.ApplyTo(tag, now);
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                // NOCASE collation: "abc" finds "ABC", as OCPP 1.6 CiString requires.
                if (await scope.Db.IdTags.AnyAsync(t => t.Value == idTag, ct))
                {
                    return IdTagChangeResult.AlreadyExists;
                }

                scope.Db.IdTags.Add(tag);
                AuditTrail.Append(scope, auditTrail.Entry(actor, auditAction, idTag, AuditResult.Succeeded, settings.Describe()));
                return IdTagChangeResult.Created;
            },
            cancellationToken);
        if (result == IdTagChangeResult.Created)
        {
            IdTagAdministrationLog.Created(logger, idTag, settings.Status);
        }

        return result;
    }

    public async Task<IdTagChangeResult> UpdateAsync(string idTag, IdTagSettings settings, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var result = await ChangeAsync(idTag, "idtag.update", _ => settings, actor, cancellationToken);
        if (result == IdTagChangeResult.Updated)
        {
            IdTagAdministrationLog.Updated(logger, idTag, settings.Status);
        }

        return result;
    }

    /// <summary>Blocks an idTag, or gives a blocked one back its Accepted status; everything else stays as it is.</summary>
    public async Task<IdTagChangeResult> SetBlockedAsync(string idTag, bool blocked, Actor actor, CancellationToken cancellationToken)
    {
        var status = blocked ? IdTagStatus.Blocked : IdTagStatus.Accepted;
        var result = await ChangeAsync(idTag, blocked ? "idtag.block" : "idtag.unblock", current => current with { Status = status }, actor, cancellationToken);
        if (result == IdTagChangeResult.Updated)
        {
            IdTagAdministrationLog.Updated(logger, idTag, status);
        }

        return result;
    }

    private Task<IdTagChangeResult> ChangeAsync(
        string idTag, string action, Func<IdTagSettings, IdTagSettings> change, Actor actor, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var tag = await scope.Db.IdTags.FirstOrDefaultAsync(t => t.Value == idTag, ct);
                if (tag is null)
                {
                    return IdTagChangeResult.NotFound;
                }

                var settings = change(IdTagSettings.Of(tag));
                settings.ApplyTo(tag, time.GetUtcNow());
                AuditTrail.Append(scope, auditTrail.Entry(actor, action, tag.Value, AuditResult.Succeeded, settings.Describe()));
                return IdTagChangeResult.Updated;
            },
            cancellationToken);
}
