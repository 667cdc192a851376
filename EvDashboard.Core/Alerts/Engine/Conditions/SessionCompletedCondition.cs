using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>
/// Each completed session, once (notice). Read by end time through the EndedAt index from a durable cursor (UTC ticks
/// of the newest end announced) minus <see cref="LateStop"/>, so a stop that arrives a little late is still seen;
/// the notice rule's "ever raised" check keeps the overlap from announcing anything twice.
/// </summary>
internal sealed class SessionCompletedCondition : IAlertConditionSource, INoticeCursor
{
    public const string CursorSource = "session-completed";
    public const string SubjectPrefix = "tx/";
    public static readonly TimeSpan LateStop = TimeSpan.FromMinutes(15);
    private long? _next;

    public string RuleKey => AlertRuleKeys.SessionCompleted;

    public TimeSpan Delay(EffectiveAlertRule rule) => TimeSpan.Zero;

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cursor = await db.AlertCursors.AsNoTracking().Where(c => c.Source == CursorSource).Select(c => (long?)c.LastId).FirstOrDefaultAsync(cancellationToken);
        if (cursor is null)
        {
            // First run: the history before the engine existed is not news.
            _next = now.UtcTicks;
            return [];
        }

        var from = new DateTimeOffset(cursor.Value, TimeSpan.Zero) - LateStop;
        // Already announced ones are left out here, outside the writer: the window holds every session of the last
        // quarter hour, and checking each of them again in the writer's unit took most of a busy site's alert passes.
#pragma warning disable CA1305 // Translated to SQL (CAST AS TEXT), never run in .NET: no culture is involved.
        var completed = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.EndedAt >= from && s.Status == SessionStatus.Completed
                && !db.Alerts.Any(a => a.RuleKey == AlertRuleKeys.SessionCompleted && a.Subject == SubjectPrefix + s.TransactionId.ToString()))
            .Select(s => new { s.TransactionId, s.ChargePointId, s.ConnectorId, s.EndedAt, s.EnergyWh, s.StartedAt })
            .ToListAsync(cancellationToken);
#pragma warning restore CA1305
        _next = Math.Min(now.UtcTicks, Math.Max(cursor.Value, completed.Count == 0 ? 0 : completed.Max(s => s.EndedAt!.Value.UtcTicks)));
        return completed.ConvertAll(s => new HoldingCondition(
            SubjectPrefix + s.TransactionId, s.ChargePointId, s.ConnectorId, s.TransactionId, s.EndedAt,
            $"Session {s.TransactionId} at {s.ChargePointId} connector {s.ConnectorId} completed: {s.EnergyWh / 1000m:0.###} kWh in {Duration(s.EndedAt!.Value - s.StartedAt)}."));
    }

    public async Task AdvanceAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        if (_next is not { } next)
        {
            return;
        }

        var cursor = await scope.Db.AlertCursors.FindAsync([CursorSource], cancellationToken);
        if (cursor is null)
        {
            scope.Db.AlertCursors.Add(new AlertCursor(CursorSource, next));
        }
        else
        {
            cursor.MoveTo(next);
        }

        _next = null;
    }

    internal static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min" : $"{Math.Max(0, (int)span.TotalMinutes)} min";
}
