using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Identity.Queries;

/// <summary>
/// Operator changes to idTags, each one unit of work of the database writer. The entity validates
/// (an <see cref="ArgumentException"/> for a bad value); callers check input first to answer clearly.
/// </summary>
public sealed class IdTagAdministration(DatabaseWriter writer, TimeProvider time, ILogger<IdTagAdministration> logger)
{
    public async Task<IdTagChangeResult> CreateAsync(string idTag, IdTagSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var now = time.GetUtcNow();
        var tag = new IdTag(idTag, now);
        tag.Update(settings.Status, settings.ExpiresAt, settings.ParentIdTag, settings.MaxConcurrentSessions, now);
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                // NOCASE collation: "abc" finds "ABC", as OCPP 1.6 CiString requires.
                if (await scope.Db.IdTags.AnyAsync(t => t.Value == idTag, ct))
                {
                    return IdTagChangeResult.AlreadyExists;
                }

                scope.Db.IdTags.Add(tag);
                return IdTagChangeResult.Created;
            },
            cancellationToken);
        if (result == IdTagChangeResult.Created)
        {
            IdTagAdministrationLog.Created(logger, idTag, settings.Status);
        }

        return result;
    }

    public async Task<IdTagChangeResult> UpdateAsync(string idTag, IdTagSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var tag = await scope.Db.IdTags.FirstOrDefaultAsync(t => t.Value == idTag, ct);
                if (tag is null)
                {
                    return IdTagChangeResult.NotFound;
                }

                tag.Update(settings.Status, settings.ExpiresAt, settings.ParentIdTag, settings.MaxConcurrentSessions, time.GetUtcNow());
                return IdTagChangeResult.Updated;
            },
            cancellationToken);
        if (result == IdTagChangeResult.Updated)
        {
            IdTagAdministrationLog.Updated(logger, idTag, settings.Status);
        }

        return result;
    }
}
