namespace EvDashboard.Demo;

/// <summary>What a simulated charge point does after it has answered an operator command.</summary>
internal enum DemoFollowUp
{
    None,

    /// <summary>Move the connectors on now (a remote start/stop, unlock or availability change), not at the next tick.</summary>
    Step,

    /// <summary>Send BootNotification (TriggerMessage).</summary>
    Boot,

    SoftReset,

    HardReset,
}
