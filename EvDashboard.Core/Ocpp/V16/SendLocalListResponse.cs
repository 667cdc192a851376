namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.42: the payload of SendLocalList.conf.</summary>
public sealed record SendLocalListResponse
{
    public required UpdateStatus Status { get; init; }
}
