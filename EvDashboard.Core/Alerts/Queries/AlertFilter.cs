namespace EvDashboard.Core.Alerts.Queries;

/// <summary>
/// Which alerts to list: every criterion optional; <paramref name="Text"/> matches the message, detail, subject or
/// charge point literally; the raised range is half-open [from, to). Newest first, one page of <paramref name="Take"/>.
/// </summary>
public sealed record AlertFilter(
    AlertStatus? Status = null,
    string? ChargePointId = null,
    AlertSeverity? Severity = null,
    string? RuleKey = null,
    DateTimeOffset? RaisedFrom = null,
    DateTimeOffset? RaisedTo = null,
    string? Text = null,
    int Skip = 0,
    int Take = 25)
{
    public const int MaxTake = 500;
}
