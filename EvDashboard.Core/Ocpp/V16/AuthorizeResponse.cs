namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.2: the payload of Authorize.conf.</summary>
public sealed record AuthorizeResponse
{
    public required IdTagInfo IdTagInfo { get; init; }
}
