namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>The planner's answer for one charge point: run decisions, and exhausted alerts whose problem went away.</summary>
internal sealed record PlaybookPlan(IReadOnlyList<PlaybookDecision> Decisions, IReadOnlyList<string> Resolutions)
{
    public static PlaybookPlan Empty { get; } = new([], []);

    public bool IsEmpty => Decisions.Count == 0 && Resolutions.Count == 0;
}
