namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.25: Firmware update status in FirmwareStatusNotification.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum FirmwareStatus
{
    Downloaded,
    DownloadFailed,
    Downloading,
    Idle,
    InstallationFailed,
    Installing,
    Installed,
}
