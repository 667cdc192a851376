using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Healing.Continuation;

/// <summary>Which ends of a session may be continued, and for how long its receipt waits for a continuation.</summary>
internal static class ContinuationPolicy
{
    /// <summary>The trigger of a session the charger lost while offline (closed by the system when it reported Preparing).</summary>
    public const string Offline = "Offline";

    // OCPP 1.6 §7.39 Reason: the ends that mean "the charger lost power or restarted", not "the driver or the EV stopped".
    private static readonly HashSet<string> InterruptingStops = new(StringComparer.Ordinal)
    {
        "PowerLoss", "Reboot", "HardReset", "SoftReset", Offline,
    };

    /// <summary>The statuses that may start a continuation: a vehicle plugged in again (Preparing) or waiting to draw (SuspendedEV).</summary>
    public static bool MayTrigger(ConnectorStatus status) => status is ConnectorStatus.Preparing or ConnectorStatus.SuspendedEV;

    /// <summary>Why the session's charging was cut off by the charger, or null when it ended for a reason that is final.</summary>
    public static string? TriggerOf(ChargingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Status switch
        {
            SessionStatus.Interrupted when session.InterruptionReason == SessionLedger.RebootReason => SessionLedger.RebootReason,
            // Closed by the reconciler after a boot interrupted it: still the boot that cut it off.
            SessionStatus.Completed when session.ClosedBySystem && session.InterruptionReason == SessionLedger.RebootReason => SessionLedger.RebootReason,
            SessionStatus.Completed when session.StopReason is { } reason && InterruptingStops.Contains(reason) => reason,
            _ => null,
        };
    }

    /// <summary>When the charger cut the session off, by the central system's clock (the window runs from here).</summary>
    public static DateTimeOffset? CutOffAt(ChargingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.InterruptedAt ?? session.StopReceivedAt;
    }

    /// <summary>
    /// How long after a continuation was requested its StartTransaction is still taken as the continued session: the start
    /// timeout after the RemoteStartTransaction and its one retry, each of which may wait a whole call timeout for an answer.
    /// </summary>
    public static TimeSpan StartDeadline(ContinuationOptions options, int callTimeoutSeconds)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.StartTimeout + TimeSpan.FromSeconds(2L * callTimeoutSeconds);
    }

    /// <summary>How long the receipt of a session ended this way waits: the window plus the time a continued start may take.</summary>
    public static DateTimeOffset? HoldUntil(ChargingSession session, ContinuationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Enabled && TriggerOf(session) is not null && CutOffAt(session) is { } at
            ? at + options.Window + options.StartTimeout
            : null;
    }

    /// <summary>The session ended in a way continuation resumes, and its cut-off is no older than the window.</summary>
    public static bool InWindow(ChargingSession session, DateTimeOffset now, ContinuationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TriggerOf(session) is not null && CutOffAt(session) is { } cutOff && now - cutOff <= options.Window;
    }
}
