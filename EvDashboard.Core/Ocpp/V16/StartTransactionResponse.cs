namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.46: the payload of StartTransaction.conf.</summary>
public sealed record StartTransactionResponse
{
    public required IdTagInfo IdTagInfo { get; init; }

    /// <summary>Assigned by the central system.</summary>
    public required int TransactionId { get; init; }
}
