namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.33: the payload of RemoteStartTransaction.req.</summary>
public sealed record RemoteStartTransactionRequest
{
    /// <summary>Greater than 0 when present.</summary>
    public int? ConnectorId { get; init; }

    /// <summary>IdToken (CiString20).</summary>
    public required string IdTag { get; init; }

    /// <summary>Its purpose must be TxProfile.</summary>
    public ChargingProfile? ChargingProfile { get; init; }
}
