namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.23: Answer to DataTransfer.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum DataTransferStatus
{
    Accepted,
    Rejected,
    UnknownMessageId,
    UnknownVendorId,
}
