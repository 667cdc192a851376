namespace EvDashboard.Core.Healing.Reconciliation;

/// <summary>The stop reasons the reconciler writes (at most 20 characters, the width of a StopTransaction reason).</summary>
public static class StuckSessionReasons
{
    /// <summary>The charge point booted while the session was open.</summary>
    public const string Reboot = "Reboot";

    /// <summary>A new StartTransaction came on the same connector.</summary>
    public const string Superseded = "Superseded";

    /// <summary>The connector went Available after Finishing: the car left, the stop was lost.</summary>
    public const string AvailableAfterFinish = "AvailableAfterFinish";

    /// <summary>Open longer than Healing:Sessions:MaxSessionHours.</summary>
    public const string MaxDuration = "MaxDuration";

    /// <summary>The charge point went offline and came back without the session.</summary>
    public const string Offline = "Offline";
}
