namespace EvDashboard.Core.Alerts;

/// <summary>How far the evaluator has read an append-only source (authorisations, anomalies, sessions), by row id.</summary>
public sealed class AlertCursor
{
    private AlertCursor()
    {
        Source = string.Empty;
    }

    public AlertCursor(string source, long lastId)
    {
        Source = source;
        LastId = lastId;
    }

    public string Source { get; private set; }

    public long LastId { get; private set; }

    public void MoveTo(long lastId)
    {
        if (lastId > LastId)
        {
            LastId = lastId;
        }
    }
}
