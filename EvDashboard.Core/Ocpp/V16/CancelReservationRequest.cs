namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.5: the payload of CancelReservation.req.</summary>
public sealed record CancelReservationRequest
{
    public required int ReservationId { get; init; }
}
