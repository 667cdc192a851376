namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.50: the payload of StopTransaction.conf.</summary>
public sealed record StopTransactionResponse
{
    /// <summary>Absent when the transaction was stopped without an idTag.</summary>
    public IdTagInfo? IdTagInfo { get; init; }
}
