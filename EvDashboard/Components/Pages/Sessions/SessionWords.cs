using EvDashboard.Core.Sessions;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>Session states, warnings and OCPP stop reasons in words an operator reads.</summary>
internal static class SessionWords
{
    public static string Status(SessionStatus status) => status switch
    {
        SessionStatus.Active => "Charging session running",
        SessionStatus.Interrupted => "Interrupted",
        _ => "Completed",
    };

    public static string StatusShort(SessionStatus status) => status switch
    {
        SessionStatus.Active => "Active",
        SessionStatus.Interrupted => "Interrupted",
        _ => "Completed",
    };

    public static string Warning(string warning) => warning switch
    {
        nameof(SessionWarnings.TagNotAccepted) => "Started with a tag that was not accepted (unknown, blocked, expired or over its limit).",
        nameof(SessionWarnings.MeterRegisterDecreased) => "The meter stop value was below the meter start; the energy is recorded as 0 kWh.",
        nameof(SessionWarnings.EndedBeforeStart) => "The charger reported a stop time before the start time.",
        nameof(SessionWarnings.CompletedAfterInterruption) => "The stop arrived after the session had been marked interrupted.",
        _ => warning,
    };

    /// <summary>OCPP 1.6 §7.39 Reason values; absent means Local.</summary>
    public static string StopReason(string? reason) => reason switch
    {
        null => "—",
        "EmergencyStop" => "Emergency stop button",
        "EVDisconnected" => "EV disconnected",
        "HardReset" => "Charger hard reset",
        "Local" => "At the charger",
        "Other" => "Other",
        "PowerLoss" => "Power loss",
        "Reboot" => "Charger rebooted",
        "Remote" => "Remote stop",
        "SoftReset" => "Charger soft reset",
        "UnlockCommand" => "Unlock command",
        "DeAuthorized" => "Tag de-authorised",
        _ => reason,
    };

    public static string Interruption(string? reason) => reason switch
    {
        "Reboot" => "the charger rebooted before it stopped the session",
        "Superseded" => "the charger started another session on this connector",
        null => "no reason given",
        _ => reason,
    };
}
