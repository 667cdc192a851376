namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.49: the payload of StopTransaction.req.</summary>
public sealed record StopTransactionRequest
{
    /// <summary>IdToken (CiString20); absent when the charger stopped on its own, e.g. on reset.</summary>
    public string? IdTag { get; init; }

    /// <summary>Wh.</summary>
    public required int MeterStop { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    public required int TransactionId { get; init; }

    /// <summary>Absent means Local.</summary>
    public Reason? Reason { get; init; }

    /// <summary>Meter values relevant for billing.</summary>
    public IReadOnlyList<MeterValue>? TransactionData { get; init; }
}
