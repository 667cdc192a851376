namespace EvDashboard.Core.Stations.Queries;

/// <summary>A connector's live state on a page: its last status and the session running on it. Used on the renderer's thread only.</summary>
public sealed class ConnectorState(int connectorId)
{
    public int ConnectorId { get; } = connectorId;

    /// <summary>Unavailable until the first StatusNotification, as in the ledger.</summary>
    public ConnectorStatus Status { get; internal set; } = ConnectorStatus.Unavailable;

    public string ErrorCode { get; internal set; } = "NoError";

    public string? Info { get; internal set; }

    public string? VendorErrorCode { get; internal set; }

    public DateTimeOffset? StatusSince { get; internal set; }

    public RunningSession? Session { get; internal set; }

    /// <summary>An error code worth showing: anything but OCPP's "NoError".</summary>
    public string? Problem => ErrorCode is "NoError" or "" ? null : ErrorCode;
}
