namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.1: one entry of a Local Authorization List update.</summary>
public sealed record AuthorizationData
{
    /// <summary>IdToken (CiString20).</summary>
    public required string IdTag { get; init; }

    /// <summary>Required for a Full update; in a Differential update its absence deletes the entry.</summary>
    public IdTagInfo? IdTagInfo { get; init; }
}
