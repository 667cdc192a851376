using EvDashboard.Core.Common;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// One line of the overview's "latest events". <see cref="MaskedIdTag"/> is already masked (pages never see raw
/// tags here); <see cref="Status"/> and <see cref="ErrorCode"/> are set for status changes, the session fields for sessions.
/// </summary>
public sealed record NetworkEvent(
    DateTimeOffset At,
    NetworkEventKind Kind,
    string ChargePointId,
    int? ConnectorId = null,
    ConnectorStatus? Status = null,
    string? ErrorCode = null,
    int? TransactionId = null,
    string? MaskedIdTag = null,
    long? EnergyWh = null,
    string? Detail = null)
{
    public static NetworkEvent Session(DateTimeOffset at, NetworkEventKind kind, string chargePointId, int connectorId, int transactionId, string idTag, long energyWh) =>
        new(at, kind, chargePointId, connectorId, TransactionId: transactionId, MaskedIdTag: IdTagMask.Mask(idTag), EnergyWh: energyWh);

    /// <summary>An error code worth showing: anything but OCPP's "NoError".</summary>
    public string? Problem => ErrorCode is null or "NoError" or "" ? null : ErrorCode;
}
