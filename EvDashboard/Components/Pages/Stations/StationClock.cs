namespace EvDashboard.Components.Pages.Stations;

/// <summary>
/// The stations list's second hand. Only <see cref="ClockText"/> labels listen to it, so the time-dependent
/// text (elapsed, "last message … ago") moves every second without re-rendering whole rows, which render
/// only for live changes (at most once per second). Ticked on the renderer's thread.
/// </summary>
public sealed class StationClock(DateTimeOffset now)
{
    public DateTimeOffset Now { get; private set; } = now;

    public event Action? Ticked;

    public void Tick(DateTimeOffset now)
    {
        Now = now;
        Ticked?.Invoke();
    }
}
