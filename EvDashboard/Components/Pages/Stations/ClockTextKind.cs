namespace EvDashboard.Components.Pages.Stations;

public enum ClockTextKind
{
    /// <summary>"12 min 30 s".</summary>
    Elapsed,

    /// <summary>"12 s ago", or "never".</summary>
    Ago,

    /// <summary>"for 3 min 05 s", or "no status yet".</summary>
    For,
}
