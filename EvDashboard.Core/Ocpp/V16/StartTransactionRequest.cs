namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.45: the payload of StartTransaction.req.</summary>
public sealed record StartTransactionRequest
{
    /// <summary>Greater than 0.</summary>
    public required int ConnectorId { get; init; }

    /// <summary>IdToken (CiString20).</summary>
    public required string IdTag { get; init; }

    /// <summary>Wh.</summary>
    public required int MeterStart { get; init; }

    public int? ReservationId { get; init; }

    public required DateTimeOffset Timestamp { get; init; }
}
