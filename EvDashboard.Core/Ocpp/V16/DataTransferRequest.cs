namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.15: the payload of DataTransfer.req.</summary>
public sealed record DataTransferRequest
{
    /// <summary>CiString255.</summary>
    public required string VendorId { get; init; }

    /// <summary>CiString50.</summary>
    public string? MessageId { get; init; }

    /// <summary>Text of undefined length and format.</summary>
    public string? Data { get; init; }
}
