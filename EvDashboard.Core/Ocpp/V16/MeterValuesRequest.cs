namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.31: the payload of MeterValues.req.</summary>
public sealed record MeterValuesRequest
{
    /// <summary>0 for the main power meter.</summary>
    public required int ConnectorId { get; init; }

    public int? TransactionId { get; init; }

    /// <summary>At least one (cardinality 1..*).</summary>
    public required IReadOnlyList<MeterValue> MeterValue { get; init; }
}
