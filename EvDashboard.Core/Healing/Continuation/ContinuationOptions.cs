using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Core.Healing.Continuation;

/// <summary>Healing:Sessions:Continuation — starting an interrupted session again for the same driver.</summary>
public sealed class ContinuationOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>How long after the interruption the connector may report Preparing/SuspendedEV for the session to be continued.</summary>
    [Range(1, 240)]
    public int WindowMinutes { get; set; } = 10;

    /// <summary>Continuations per chain at most, so a charger that keeps failing is never restarted in a loop.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How long the charger has, after accepting RemoteStartTransaction, to send its StartTransaction.</summary>
    [Range(5, 600)]
    public int StartTimeoutSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);

    public TimeSpan StartTimeout => TimeSpan.FromSeconds(StartTimeoutSeconds);
}
