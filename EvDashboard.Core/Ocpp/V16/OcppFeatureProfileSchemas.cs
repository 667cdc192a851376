using static EvDashboard.Core.Ocpp.V16.OcppPresence;
using static EvDashboard.Core.Ocpp.V16.OcppSchemaBuilder;
using Shared = EvDashboard.Core.Ocpp.V16.OcppSharedSchemas;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// Request and response schemas of the 12 actions outside the Core profile: Firmware Management, Local Auth
/// List Management, Reservation, Smart Charging and Remote Trigger (OCPP 1.6 JSON schemas, 2019/12 edition).
/// </summary>
internal static class OcppFeatureProfileSchemas
{
    public static IReadOnlyList<OcppActionSchema> All { get; } =
    [
        new(OcppActions.DiagnosticsStatusNotification,
            Shape(OneOf("status", OcppEnumValues.DiagnosticsStatus, Required)),
            Empty),
        new(OcppActions.FirmwareStatusNotification,
            Shape(OneOf("status", OcppEnumValues.FirmwareStatus, Required)),
            Empty),
        new(OcppActions.GetDiagnostics,
            Shape(
                AnyUri("location", Required),
                Int("retries"),
                Int("retryInterval"),
                Time("startTime"),
                Time("stopTime")),
            Shape(CiString("fileName", 255))),
        new(OcppActions.UpdateFirmware,
            Shape(
                AnyUri("location", Required),
                Int("retries"),
                Time("retrieveDate", Required),
                Int("retryInterval")),
            Empty),
        new(OcppActions.GetLocalListVersion, Empty, Shape(Int("listVersion", Required))),
        new(OcppActions.SendLocalList,
            Shape(
                Int("listVersion", Required),
                ArrayOf("localAuthorizationList", Shared.AuthorizationData),
                OneOf("updateType", OcppEnumValues.UpdateType, Required)),
            Shared.StatusOnly(OcppEnumValues.UpdateStatus)),
        new(OcppActions.CancelReservation,
            Shape(Int("reservationId", Required)),
            Shared.StatusOnly(OcppEnumValues.CancelReservationStatus)),
        new(OcppActions.ReserveNow,
            Shape(
                Int("connectorId", Required, minimum: 0),
                Time("expiryDate", Required),
                CiString("idTag", 20, Required),
                CiString("parentIdTag", 20),
                Int("reservationId", Required)),
            Shared.StatusOnly(OcppEnumValues.ReservationStatus)),
        new(OcppActions.ClearChargingProfile,
            Shape(
                Int("id"),
                Int("connectorId"),
                OneOf("chargingProfilePurpose", OcppEnumValues.ChargingProfilePurposeType),
                Int("stackLevel")),
            Shared.StatusOnly(OcppEnumValues.ClearChargingProfileStatus)),
        new(OcppActions.GetCompositeSchedule,
            Shape(
                Int("connectorId", Required),
                Int("duration", Required),
                OneOf("chargingRateUnit", OcppEnumValues.ChargingRateUnitType)),
            Shape(
                OneOf("status", OcppEnumValues.GetCompositeScheduleStatus, Required),
                Int("connectorId"),
                Time("scheduleStart"),
                Nested("chargingSchedule", Shared.ChargingSchedule))),
        new(OcppActions.SetChargingProfile,
            Shape(Int("connectorId", Required), Nested("csChargingProfiles", Shared.ChargingProfile, Required)),
            Shared.StatusOnly(OcppEnumValues.ChargingProfileStatus)),
        new(OcppActions.TriggerMessage,
            Shape(
                OneOf("requestedMessage", OcppEnumValues.MessageTrigger, Required),
                Int("connectorId", minimum: 1)),
            Shared.StatusOnly(OcppEnumValues.TriggerMessageStatus)),
    ];
}
