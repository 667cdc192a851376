namespace EvDashboard.Core.Alerts.Queries;

/// <summary>
/// The unresolved alerts as a live component holds them: loaded once, then kept current from <see cref="AlertChanged"/>
/// events alone (a raise adds, an acknowledgement updates, a resolution removes), so the badge, the banner and the wall
/// ticker need no query per event. Not thread-safe: a component uses it on its renderer's thread.
/// </summary>
public sealed class UnresolvedAlertBoard
{
    private readonly Dictionary<long, AlertRow> _alerts = [];

    public int Open => _alerts.Values.Count(a => a.Status == AlertStatus.Open);

    public int Acknowledged => _alerts.Values.Count(a => a.Status == AlertStatus.Acknowledged);

    public int OpenCritical => _alerts.Values.Count(IsOpenCritical);

    /// <summary>The newest open critical alert, for the banner.</summary>
    public AlertRow? NewestCritical => _alerts.Values.Where(IsOpenCritical).OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).FirstOrDefault();

    /// <summary>Every unresolved alert, the most urgent first (see <see cref="AlertUrgency"/>).</summary>
    public IReadOnlyList<AlertRow> ByUrgency => [.. _alerts.Values.Order(AlertUrgency.Comparer)];

    public void Load(IEnumerable<AlertRow> unresolved)
    {
        ArgumentNullException.ThrowIfNull(unresolved);
        _alerts.Clear();
        foreach (var row in unresolved.Where(r => r.Status != AlertStatus.Resolved))
        {
            _alerts[row.Id] = row;
        }
    }

    /// <summary>Applies one event; true when what the board shows changed.</summary>
    public bool Apply(AlertChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.IsNotice || change.Status == AlertStatus.Resolved)
        {
            return _alerts.Remove(change.AlertId);
        }

        if (_alerts.TryGetValue(change.AlertId, out var known))
        {
            var acknowledged = change.Status == AlertStatus.Acknowledged && known.Status != AlertStatus.Acknowledged;
            _alerts[change.AlertId] = known with
            {
                Status = change.Status,
                Severity = change.Severity,
                Message = change.Message,
                AcknowledgedAt = acknowledged ? change.At : known.AcknowledgedAt,
            };
            return true;
        }

        _alerts[change.AlertId] = new AlertRow(
            change.AlertId, change.RuleKey, change.Severity, change.Status, change.ChargePointIdOrNull, change.ConnectorId, null, change.Message,
            null, change.IsNotice, change.At, change.At, null, null, null, null, null);
        return true;
    }

    private static bool IsOpenCritical(AlertRow row) => row.Status == AlertStatus.Open && row.Severity == AlertSeverity.Critical;
}
