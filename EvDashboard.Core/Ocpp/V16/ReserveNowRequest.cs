namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.37: the payload of ReserveNow.req.</summary>
public sealed record ReserveNowRequest
{
    /// <summary>0 reserves any connector.</summary>
    public required int ConnectorId { get; init; }

    public required DateTimeOffset ExpiryDate { get; init; }

    /// <summary>IdToken (CiString20).</summary>
    public required string IdTag { get; init; }

    /// <summary>IdToken (CiString20).</summary>
    public string? ParentIdTag { get; init; }

    public required int ReservationId { get; init; }
}
