using static EvDashboard.Core.Ocpp.V16.OcppPresence;
using static EvDashboard.Core.Ocpp.V16.OcppSchemaBuilder;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>Schemas of the OCPP 1.6 §7 classes that several messages embed.</summary>
/// <remarks>Declared in dependency order: static properties initialize top to bottom.</remarks>
internal static class OcppSharedSchemas
{
    /// <summary>§7.27.</summary>
    public static OcppValueSchema IdTagInfo { get; } = Shape(
        Time("expiryDate"),
        CiString("parentIdTag", 20),
        OneOf("status", OcppEnumValues.AuthorizationStatus, Required));

    /// <summary>§7.43.</summary>
    public static OcppValueSchema SampledValue { get; } = Shape(
        Text("value", Required),
        OneOf("context", OcppEnumValues.ReadingContext),
        OneOf("format", OcppEnumValues.ValueFormat),
        OneOf("measurand", OcppEnumValues.Measurand),
        OneOf("phase", OcppEnumValues.Phase),
        OneOf("location", OcppEnumValues.Location),
        OneOf("unit", OcppEnumValues.UnitOfMeasure));

    /// <summary>§7.33: sampledValue is 1..*, so an empty list is as absent as a missing one.</summary>
    public static OcppValueSchema MeterValue { get; } = Shape(
        Time("timestamp", Required),
        ArrayOf("sampledValue", SampledValue, Required, minItems: 1));

    /// <summary>§7.14.</summary>
    public static OcppValueSchema ChargingSchedulePeriod { get; } = Shape(
        Int("startPeriod", Required),
        Tenths("limit", Required),
        Int("numberPhases"));

    /// <summary>§7.13: chargingSchedulePeriod is 1..*.</summary>
    public static OcppValueSchema ChargingSchedule { get; } = Shape(
        Int("duration"),
        Time("startSchedule"),
        OneOf("chargingRateUnit", OcppEnumValues.ChargingRateUnitType, Required),
        ArrayOf("chargingSchedulePeriod", ChargingSchedulePeriod, Required, minItems: 1),
        Tenths("minChargingRate"));

    /// <summary>§7.8: stackLevel is "integer &gt;= 0".</summary>
    public static OcppValueSchema ChargingProfile { get; } = Shape(
        Int("chargingProfileId", Required),
        Int("transactionId"),
        Int("stackLevel", Required, minimum: 0),
        OneOf("chargingProfilePurpose", OcppEnumValues.ChargingProfilePurposeType, Required),
        OneOf("chargingProfileKind", OcppEnumValues.ChargingProfileKindType, Required),
        OneOf("recurrencyKind", OcppEnumValues.RecurrencyKindType),
        Time("validFrom"),
        Time("validTo"),
        Nested("chargingSchedule", ChargingSchedule, Required));

    /// <summary>§7.1.</summary>
    public static OcppValueSchema AuthorizationData { get; } = Shape(
        CiString("idTag", 20, Required),
        Nested("idTagInfo", IdTagInfo));

    /// <summary>§7.29.</summary>
    public static OcppValueSchema KeyValue { get; } = Shape(
        CiString("key", 50, Required),
        Bool("readonly", Required),
        CiString("value", 500));

    /// <summary>The single "status" field most .conf payloads consist of.</summary>
    public static OcppValueSchema StatusOnly(OcppAllowedValues values) => Shape(OneOf("status", values, Required));
}
