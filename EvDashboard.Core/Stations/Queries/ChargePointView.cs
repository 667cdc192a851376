namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// A charge point as operators see it: identity, presence, what its last BootNotification said, and
/// its connectors. Never carries the key hash, only whether a key is set;
/// <c>SecurityProfile</c> is the OCPP 1.6 Security Whitepaper profile number (0, 1, 2).
/// </summary>
public sealed record ChargePointView(
    string Id,
    string? Name,
    bool IsNew,
    bool HasKey,
    int SecurityProfile,
    ChargePointApproval Approval,
    bool Online,
    DateTimeOffset? LastSeenAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastBootAt,
    string? Vendor,
    string? Model,
    string? ChargePointSerialNumber,
    string? ChargeBoxSerialNumber,
    string? FirmwareVersion,
    string? Iccid,
    string? Imsi,
    string? MeterType,
    string? MeterSerialNumber,
    string? FirmwareStatus,
    string? DiagnosticsStatus,
    IReadOnlyList<ConnectorView> Connectors);
