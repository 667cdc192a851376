namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.6: the payload of CancelReservation.conf.</summary>
public sealed record CancelReservationResponse
{
    public required CancelReservationStatus Status { get; init; }
}
