namespace EvDashboard.Core.Alerts.Queries;

/// <summary>The order a person should look at alerts in: critical before warning before info, open before acknowledged, newest first.</summary>
public static class AlertUrgency
{
    public static IComparer<AlertRow> Comparer { get; } = Comparer<AlertRow>.Create(Compare);

    public static int Rank(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => 0,
        AlertSeverity.Warning => 1,
        _ => 2,
    };

    private static int Compare(AlertRow? x, AlertRow? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        var bySeverity = Rank(x.Severity).CompareTo(Rank(y.Severity));
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        var byStatus = (x.Status == AlertStatus.Open ? 0 : 1).CompareTo(y.Status == AlertStatus.Open ? 0 : 1);
        return byStatus != 0 ? byStatus : (y.RaisedAt, y.Id).CompareTo((x.RaisedAt, x.Id));
    }
}
