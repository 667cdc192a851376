namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// What became of an operator command, in the charger's words: <see cref="Status"/> is its answer's status
/// ("Accepted", "Rejected", "Unlocked", ...) or "CALLERROR &lt;code&gt;", "Timeout", "Offline", "Not sent".
/// </summary>
public sealed record CommandAnswer(string Action, CommandAnswerKind Kind, string Status, string? Detail = null)
{
    public bool IsAccepted => Kind == CommandAnswerKind.Accepted;

    public string Summary => $"{Action}: {Status}";
}
