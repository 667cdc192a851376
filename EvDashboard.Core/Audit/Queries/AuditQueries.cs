using System.Runtime.CompilerServices;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Audit.Queries;

/// <summary>
/// Reads the audit log, newest first (by time, then by id so entries of the same tick keep their order). Read-only
/// by design: entries are never edited or deleted.
/// </summary>
public sealed class AuditQueries(IDbContextFactory<EvDashboardDbContext> contexts)
{
    public const int MaxPageSize = 200;

    public async Task<int> CountAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filtered(db, filter).CountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditRow>> PageAsync(AuditFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Project(Filtered(db, filter)).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxPageSize)).ToListAsync(cancellationToken);
    }

    /// <summary>The whole filtered set, row by row, for an export that must not hold it all in memory.</summary>
    public async IAsyncEnumerable<AuditRow> StreamAsync(AuditFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var row in Project(Filtered(db, filter)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    private static IQueryable<AuditEntry> Filtered(EvDashboardDbContext db, AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var entries = db.AuditEntries.AsNoTracking();
        if (filter.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (filter.Until is { } until)
        {
            entries = entries.Where(e => e.At < until);
        }

        if (LikePattern.For(filter.Actor, anywhere: true) is { } actor)
        {
            entries = entries.Where(e => EF.Functions.Like(e.Actor, actor, LikePattern.Escape));
        }

        if (LikePattern.For(filter.ActionPrefix, anywhere: false) is { } action)
        {
            entries = entries.Where(e => EF.Functions.Like(e.Action, action, LikePattern.Escape));
        }

        if (LikePattern.For(filter.Target, anywhere: true) is { } target)
        {
            entries = entries.Where(e => e.Target != null && EF.Functions.Like(e.Target, target, LikePattern.Escape));
        }

        if (filter.Result is { } result)
        {
            var name = result.ToString();
            entries = entries.Where(e => e.Result == name);
        }

        return entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
    }

    private static IQueryable<AuditRow> Project(IQueryable<AuditEntry> entries) =>
        entries.Select(e => new AuditRow(e.Id, e.At, e.Actor, e.Action, e.Target, e.Result, e.Details, e.RemoteAddress));
}
