using System.Collections.Frozen;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// The 28 OCPP 1.6 actions of the six feature profiles, spelled as they appear in OCPP-J CALL frames.
/// </summary>
public static class OcppActions
{
    // Core profile
    public const string Authorize = "Authorize";
    public const string BootNotification = "BootNotification";
    public const string ChangeAvailability = "ChangeAvailability";
    public const string ChangeConfiguration = "ChangeConfiguration";
    public const string ClearCache = "ClearCache";
    public const string DataTransfer = "DataTransfer";
    public const string GetConfiguration = "GetConfiguration";
    public const string Heartbeat = "Heartbeat";
    public const string MeterValues = "MeterValues";
    public const string RemoteStartTransaction = "RemoteStartTransaction";
    public const string RemoteStopTransaction = "RemoteStopTransaction";
    public const string Reset = "Reset";
    public const string StartTransaction = "StartTransaction";
    public const string StatusNotification = "StatusNotification";
    public const string StopTransaction = "StopTransaction";
    public const string UnlockConnector = "UnlockConnector";

    // Firmware Management profile
    public const string DiagnosticsStatusNotification = "DiagnosticsStatusNotification";
    public const string FirmwareStatusNotification = "FirmwareStatusNotification";
    public const string GetDiagnostics = "GetDiagnostics";
    public const string UpdateFirmware = "UpdateFirmware";

    // Local Auth List Management profile
    public const string GetLocalListVersion = "GetLocalListVersion";
    public const string SendLocalList = "SendLocalList";

    // Reservation profile
    public const string CancelReservation = "CancelReservation";
    public const string ReserveNow = "ReserveNow";

    // Smart Charging profile
    public const string ClearChargingProfile = "ClearChargingProfile";
    public const string GetCompositeSchedule = "GetCompositeSchedule";
    public const string SetChargingProfile = "SetChargingProfile";

    // Remote Trigger profile
    public const string TriggerMessage = "TriggerMessage";

    /// <summary>Actions a charge point sends as a CALL (OCPP 1.6 §4, "Operations Initiated by Charge Point").</summary>
    public static IReadOnlySet<string> ChargePointInitiated { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        Authorize, BootNotification, DataTransfer, DiagnosticsStatusNotification, FirmwareStatusNotification,
        Heartbeat, MeterValues, StartTransaction, StatusNotification, StopTransaction);

    /// <summary>
    /// Actions the central system sends as a CALL (OCPP 1.6 §5, "Operations Initiated by Central System").
    /// DataTransfer is in both sets: §4.3 and §5.6 let either side start it.
    /// </summary>
    public static IReadOnlySet<string> CentralSystemInitiated { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        CancelReservation, ChangeAvailability, ChangeConfiguration, ClearCache, ClearChargingProfile, DataTransfer,
        GetCompositeSchedule, GetConfiguration, GetDiagnostics, GetLocalListVersion, RemoteStartTransaction,
        RemoteStopTransaction, ReserveNow, Reset, SendLocalList, SetChargingProfile, TriggerMessage, UnlockConnector,
        UpdateFirmware);

    /// <summary>All 28 actions. Action names are case-sensitive on the wire, hence the ordinal comparer.</summary>
    public static IReadOnlySet<string> All { get; } =
        ChargePointInitiated.Union(CentralSystemInitiated).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string action) => action is not null && All.Contains(action);
}
