namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.27: the central system's verdict on an idTag, in Authorize, StartTransaction and StopTransaction answers.</summary>
public sealed record IdTagInfo
{
    public required AuthorizationStatus Status { get; init; }

    /// <summary>When the charger should drop the idTag from its Authorization Cache; absent means no end date.</summary>
    public DateTimeOffset? ExpiryDate { get; init; }

    /// <summary>IdToken (CiString20).</summary>
    public string? ParentIdTag { get; init; }
}
