namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.28: the payload of GetLocalListVersion.conf.</summary>
public sealed record GetLocalListVersionResponse
{
    public required int ListVersion { get; init; }
}
