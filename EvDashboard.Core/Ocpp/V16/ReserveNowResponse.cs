namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.38: the payload of ReserveNow.conf.</summary>
public sealed record ReserveNowResponse
{
    public required ReservationStatus Status { get; init; }
}
