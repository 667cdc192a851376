namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.1: the payload of Authorize.req.</summary>
public sealed record AuthorizeRequest
{
    /// <summary>IdToken (CiString20).</summary>
    public required string IdTag { get; init; }
}
