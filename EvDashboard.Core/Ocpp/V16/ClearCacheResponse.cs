namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.12: the payload of ClearCache.conf.</summary>
public sealed record ClearCacheResponse
{
    public required ClearCacheStatus Status { get; init; }
}
