namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.24: Diagnostics upload status in DiagnosticsStatusNotification.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum DiagnosticsStatus
{
    Idle,
    Uploaded,
    UploadFailed,
    Uploading,
}
