namespace EvDashboard.Core.Sessions;

/// <summary>Facts about a session an operator should see; the session is kept whatever they are.</summary>
[Flags]
public enum SessionWarnings
{
    None = 0,

    /// <summary>Started with a tag that was unknown, blocked, expired or over its limit (the charger may have started offline).</summary>
    TagNotAccepted = 1,

    /// <summary>meterStop was below meterStart; the energy is recorded as 0 Wh.</summary>
    MeterRegisterDecreased = 2,

    /// <summary>The stop timestamp lies before the start timestamp.</summary>
    EndedBeforeStart = 4,

    /// <summary>Completed by a StopTransaction that arrived after the session had been marked interrupted.</summary>
    CompletedAfterInterruption = 8,
}
