using static EvDashboard.Core.Ocpp.V16.OcppPresence;
using static EvDashboard.Core.Ocpp.V16.OcppSchemaBuilder;
using Shared = EvDashboard.Core.Ocpp.V16.OcppSharedSchemas;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// Request and response schemas of the Core profile's 16 actions, after the OCPP 1.6 JSON schemas (2019/12
/// edition) and the minimums the §6 tables state in words ("connectorId &gt;= 0", "connectorId &gt; 0").
/// </summary>
internal static class OcppCoreSchemas
{
    public static IReadOnlyList<OcppActionSchema> All { get; } =
    [
        new(OcppActions.Authorize,
            Shape(CiString("idTag", 20, Required)),
            Shape(Nested("idTagInfo", Shared.IdTagInfo, Required))),
        new(OcppActions.BootNotification,
            Shape(
                CiString("chargePointVendor", 20, Required),
                CiString("chargePointModel", 20, Required),
                CiString("chargePointSerialNumber", 25),
                CiString("chargeBoxSerialNumber", 25),
                CiString("firmwareVersion", 50),
                CiString("iccid", 20),
                CiString("imsi", 20),
                CiString("meterType", 25),
                CiString("meterSerialNumber", 25)),
            Shape(
                OneOf("status", OcppEnumValues.RegistrationStatus, Required),
                Time("currentTime", Required),
                Int("interval", Required))),
        new(OcppActions.ChangeAvailability,
            Shape(Int("connectorId", Required, minimum: 0), OneOf("type", OcppEnumValues.AvailabilityType, Required)),
            Shared.StatusOnly(OcppEnumValues.AvailabilityStatus)),
        new(OcppActions.ChangeConfiguration,
            Shape(CiString("key", 50, Required), CiString("value", 500, Required)),
            Shared.StatusOnly(OcppEnumValues.ConfigurationStatus)),
        new(OcppActions.ClearCache, Empty, Shared.StatusOnly(OcppEnumValues.ClearCacheStatus)),
        new(OcppActions.DataTransfer,
            Shape(CiString("vendorId", 255, Required), CiString("messageId", 50), Text("data")),
            Shape(OneOf("status", OcppEnumValues.DataTransferStatus, Required), Text("data"))),
        new(OcppActions.GetConfiguration,
            Shape(ArrayOf("key", CiStringValue(50))),
            Shape(ArrayOf("configurationKey", Shared.KeyValue), ArrayOf("unknownKey", CiStringValue(50)))),
        new(OcppActions.Heartbeat, Empty, Shape(Time("currentTime", Required))),
        new(OcppActions.MeterValues,
            Shape(
                Int("connectorId", Required, minimum: 0),
                Int("transactionId"),
                ArrayOf("meterValue", Shared.MeterValue, Required, minItems: 1)),
            Empty),
        new(OcppActions.RemoteStartTransaction,
            Shape(
                Int("connectorId", minimum: 1),
                CiString("idTag", 20, Required),
                Nested("chargingProfile", Shared.ChargingProfile)),
            Shared.StatusOnly(OcppEnumValues.RemoteStartStopStatus)),
        new(OcppActions.RemoteStopTransaction,
            Shape(Int("transactionId", Required)),
            Shared.StatusOnly(OcppEnumValues.RemoteStartStopStatus)),
        new(OcppActions.Reset,
            Shape(OneOf("type", OcppEnumValues.ResetType, Required)),
            Shared.StatusOnly(OcppEnumValues.ResetStatus)),
        new(OcppActions.StartTransaction,
            Shape(
                Int("connectorId", Required, minimum: 1),
                CiString("idTag", 20, Required),
                Int("meterStart", Required),
                Int("reservationId"),
                Time("timestamp", Required)),
            Shape(Nested("idTagInfo", Shared.IdTagInfo, Required), Int("transactionId", Required))),
        new(OcppActions.StatusNotification,
            Shape(
                Int("connectorId", Required, minimum: 0),
                OneOf("errorCode", OcppEnumValues.ChargePointErrorCode, Required),
                CiString("info", 50),
                OneOf("status", OcppEnumValues.ChargePointStatus, Required),
                Time("timestamp"),
                CiString("vendorId", 255),
                CiString("vendorErrorCode", 50)),
            Empty),
        new(OcppActions.StopTransaction,
            Shape(
                CiString("idTag", 20),
                Int("meterStop", Required),
                Time("timestamp", Required),
                Int("transactionId", Required),
                OneOf("reason", OcppEnumValues.Reason),
                ArrayOf("transactionData", Shared.MeterValue)),
            Shape(Nested("idTagInfo", Shared.IdTagInfo))),
        new(OcppActions.UnlockConnector,
            Shape(Int("connectorId", Required, minimum: 1)),
            Shared.StatusOnly(OcppEnumValues.UnlockStatus)),
    ];
}
