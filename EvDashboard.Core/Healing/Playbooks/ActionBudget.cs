namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>The hourly command limit of one charge point during one planning pass (steps planned earlier in the pass count too).</summary>
internal sealed class ActionBudget(IEnumerable<DateTimeOffset> actionsLastHour, int maxPerHour, DateTimeOffset now)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly List<DateTimeOffset> _actions = actionsLastHour.Where(a => a > now - Window).Order().ToList();

    public bool TryTake(int count)
    {
        if (_actions.Count + count > maxPerHour)
        {
            return false;
        }

        _actions.AddRange(Enumerable.Repeat(now, count));
        return true;
    }

    /// <summary>When enough of this hour's actions have aged out for <paramref name="count"/> more.</summary>
    public DateTimeOffset FreeAt(int count)
    {
        var mustAgeOut = _actions.Count + count - maxPerHour;
        return mustAgeOut <= 0 ? now : _actions[Math.Min(mustAgeOut, _actions.Count) - 1] + Window;
    }

    public string LimitNote(int count) =>
        $"Hourly limit of {maxPerHour} playbook actions for this charge point reached; not acting before {FreeAt(count):HH:mm:ss} UTC.";
}
