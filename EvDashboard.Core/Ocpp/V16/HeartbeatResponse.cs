namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.30: the payload of Heartbeat.conf.</summary>
public sealed record HeartbeatResponse
{
    public required DateTimeOffset CurrentTime { get; init; }
}
