using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>Healing:Playbooks: the self-healing playbooks' switch, waits and rate limit.</summary>
public sealed class PlaybookOptions
{
    public const string Section = "Healing:Playbooks";

    public bool Enabled { get; set; } = true;

    /// <summary>How long a charge point must have been offline for its reconnect to start "offline-recovery".</summary>
    [Range(0, 1440, ErrorMessage = "Healing:Playbooks:OfflineWaitMinutes must be between 0 and 1440.")]
    public int OfflineWaitMinutes { get; set; } = 2;

    /// <summary>How long a connector may stay Faulted before (and between) resets.</summary>
    [Range(1, 1440, ErrorMessage = "Healing:Playbooks:FaultedMinutes must be between 1 and 1440.")]
    public int FaultedMinutes { get; set; } = 5;

    /// <summary>How long a connector may stay Finishing before its status is asked for.</summary>
    [Range(1, 1440, ErrorMessage = "Healing:Playbooks:FinishingMinutes must be between 1 and 1440.")]
    public int FinishingMinutes { get; set; } = 10;

    /// <summary>How long after that request a still Finishing connector is unlocked.</summary>
    [Range(1, 1440, ErrorMessage = "Healing:Playbooks:UnlockAfterMinutes must be between 1 and 1440.")]
    public int UnlockAfterMinutes { get; set; } = 5;

    [Range(1, 3600, ErrorMessage = "Healing:Playbooks:RemoteStartRetrySeconds must be between 1 and 3600.")]
    public int RemoteStartRetrySeconds { get; set; } = 10;

    /// <summary>Commands the playbooks may send to one charge point within any hour.</summary>
    [Range(2, 100, ErrorMessage = "Healing:Playbooks:MaxActionsPerHour must be between 2 and 100 (the reconnect step sends two triggers).")]
    public int MaxActionsPerHour { get; set; } = 6;

    /// <summary>How often the worker looks at every charge point (it also looks on connection and status changes).</summary>
    [Range(1, 3600, ErrorMessage = "Healing:Playbooks:EvaluationSeconds must be between 1 and 3600.")]
    public int EvaluationSeconds { get; set; } = 10;

    internal PlaybookTimings Timings => new(
        TimeSpan.FromMinutes(OfflineWaitMinutes),
        TimeSpan.FromMinutes(FaultedMinutes),
        TimeSpan.FromMinutes(FinishingMinutes),
        TimeSpan.FromMinutes(UnlockAfterMinutes),
        MaxActionsPerHour);
}
