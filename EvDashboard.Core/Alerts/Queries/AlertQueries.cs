using System.Linq.Expressions;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Queries;

/// <summary>Read models of alerts for the pages, the badge, the banner, the wall ticker and the API.</summary>
public sealed class AlertQueries(IDbContextFactory<EvDashboardDbContext> contexts)
{
    /// <summary>More unresolved alerts than this at once means something bigger is wrong; the ticker needs only the first few.</summary>
    private const int MaxUnresolvedRead = 500;

    private static readonly Expression<Func<Alert, AlertRow>> Projection = a => new AlertRow(
        a.Id, a.RuleKey, a.Severity, a.Status, a.ChargePointId, a.ConnectorId, a.TransactionId, a.Message, a.Detail, a.IsNotice,
        a.ConditionSince, a.RaisedAt, a.AcknowledgedAt, a.AcknowledgedBy, a.AcknowledgeNote, a.ResolvedAt, a.Resolution);

    public async Task<AlertPage> ListAsync(AlertFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Where(db.Alerts.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, AlertFilter.MaxTake))
            .Select(Projection).ToListAsync(cancellationToken);
        return new AlertPage(rows, total);
    }

    public async Task<AlertRow?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Alerts.AsNoTracking().Where(a => a.Id == id).Select(Projection).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>One alert with its deliveries (oldest first), or null when there is no such alert.</summary>
    public async Task<AlertDetail?> GetDetailAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.Alerts.AsNoTracking().Where(a => a.Id == id).Select(Projection).FirstOrDefaultAsync(cancellationToken);
        return alert is null ? null : new AlertDetail(alert, await DeliveriesAsync(db, id, cancellationToken));
    }

    public async Task<IReadOnlyList<AlertDeliveryRow>> DeliveriesAsync(long alertId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DeliveriesAsync(db, alertId, cancellationToken);
    }

    /// <summary>The badge's and the banner's figures, in one round of small indexed queries.</summary>
    public async Task<AlertCounts> CountsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var byStatus = await db.Alerts.AsNoTracking().Where(a => a.ResolvedAt == null)
            .GroupBy(a => new { a.Status, a.Severity }).Select(g => new { g.Key.Status, g.Key.Severity, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var newest = await db.Alerts.AsNoTracking()
            .Where(a => a.ResolvedAt == null && a.Status == AlertStatus.Open && a.Severity == AlertSeverity.Critical)
            .OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).Select(Projection).FirstOrDefaultAsync(cancellationToken);
        return new AlertCounts(
            byStatus.Where(s => s.Status == AlertStatus.Open).Sum(s => s.Count),
            byStatus.Where(s => s.Status == AlertStatus.Acknowledged).Sum(s => s.Count),
            byStatus.Where(s => s.Status == AlertStatus.Open && s.Severity == AlertSeverity.Critical).Sum(s => s.Count),
            newest);
    }

    /// <summary>Unresolved alerts for the wall ticker: critical first, then warnings, then the rest; newest first within each.</summary>
    public async Task<IReadOnlyList<AlertRow>> UnresolvedAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Alerts.AsNoTracking().Where(a => a.ResolvedAt == null)
            .OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).Take(MaxUnresolvedRead)
            .Select(Projection).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r, AlertUrgency.Comparer).Take(Math.Max(0, take))];
    }

    /// <summary>A charge point's unresolved alerts and its <paramref name="resolvedTake"/> most recent resolved ones.</summary>
    public async Task<ChargePointAlertHistory> HistoryAsync(string chargePointId, int resolvedTake, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(chargePointId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = db.Alerts.AsNoTracking().Where(a => a.ChargePointId == chargePointId);
        var unresolved = await mine.Where(a => a.ResolvedAt == null).OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id)
            .Take(MaxUnresolvedRead).Select(Projection).ToListAsync(cancellationToken);
        var resolved = await mine.Where(a => a.ResolvedAt != null).OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id)
            .Take(Math.Clamp(resolvedTake, 0, AlertFilter.MaxTake)).Select(Projection).ToListAsync(cancellationToken);
        return new ChargePointAlertHistory(unresolved, resolved);
    }

    private static IQueryable<Alert> Where(IQueryable<Alert> query, AlertFilter filter)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.ChargePointId))
        {
            var chargePointId = filter.ChargePointId.Trim();
            query = query.Where(a => a.ChargePointId == chargePointId);
        }

        if (filter.Severity is { } severity)
        {
            query = query.Where(a => a.Severity == severity);
        }

        if (!string.IsNullOrWhiteSpace(filter.RuleKey))
        {
            var ruleKey = filter.RuleKey.Trim();
            query = query.Where(a => a.RuleKey == ruleKey);
        }

        if (filter.RaisedFrom is { } from)
        {
            query = query.Where(a => a.RaisedAt >= from);
        }

        if (filter.RaisedTo is { } to)
        {
            query = query.Where(a => a.RaisedAt < to);
        }

        if (LikePattern.For(filter.Text, anywhere: true) is { } pattern)
        {
            // Escaped: "50%" or "CP_1" means those characters, not LIKE wildcards.
            query = query.Where(a => EF.Functions.Like(a.Message, pattern, LikePattern.Escape)
                || EF.Functions.Like(a.Detail!, pattern, LikePattern.Escape)
                || EF.Functions.Like(a.Subject, pattern, LikePattern.Escape)
                || EF.Functions.Like(a.ChargePointId!, pattern, LikePattern.Escape));
        }

        return query;
    }

    private static async Task<IReadOnlyList<AlertDeliveryRow>> DeliveriesAsync(EvDashboardDbContext db, long alertId, CancellationToken cancellationToken) =>
        await db.AlertDeliveries.AsNoTracking().Where(d => d.AlertId == alertId).OrderBy(d => d.Id)
            .Select(d => new AlertDeliveryRow(
                d.Id, d.Channel, d.Audience, d.Event, d.Target, d.Status, d.Attempts, d.LastError, d.CreatedAt, d.NextAttemptAt, d.SentAt))
            .ToListAsync(cancellationToken);
}
