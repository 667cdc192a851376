namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>The stable names of the playbooks, stored on <see cref="PlaybookRun.Playbook"/>.</summary>
public static class PlaybookKeys
{
    public const string OfflineRecovery = "offline-recovery";
    public const string FaultedRecovery = "faulted-recovery";
    public const string FinishingRelease = "finishing-release";
    public const string RemoteStartRetry = "remote-start-retry";

    /// <summary>The actor of every playbook command (command records and the audit log).</summary>
    public const string Actor = "system:healing";

    /// <summary>The playbooks that may reset a charge point: at most one of them runs per charge point.</summary>
    public static bool Resets(string playbook) => playbook is OfflineRecovery or FaultedRecovery;

    public static string Describe(string playbook) => playbook switch
    {
        OfflineRecovery => "Offline recovery",
        FaultedRecovery => "Faulted recovery",
        FinishingRelease => "Finishing release",
        RemoteStartRetry => "Remote start retry",
        _ => playbook,
    };
}
