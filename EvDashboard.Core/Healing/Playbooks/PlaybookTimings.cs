namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>The options the planner needs, as spans.</summary>
internal sealed record PlaybookTimings(TimeSpan OfflineWait, TimeSpan Faulted, TimeSpan Finishing, TimeSpan UnlockAfter, int MaxActionsPerHour)
{
    public static PlaybookTimings Default { get; } = new PlaybookOptions().Timings;
}
