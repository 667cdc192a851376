namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.16: the payload of DataTransfer.conf.</summary>
public sealed record DataTransferResponse
{
    public required DataTransferStatus Status { get; init; }

    public string? Data { get; init; }
}
