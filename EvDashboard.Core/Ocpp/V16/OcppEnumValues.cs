namespace EvDashboard.Core.Ocpp.V16;

/// <summary>The "enum" lists of the OCPP 1.6 JSON schemas.</summary>
/// <remarks>
/// Lists of C# enums come from <see cref="OcppJsonContext"/> itself. The SampledValue vocabularies stay plain
/// strings because the ledger stores those attributes verbatim; their lists are copied from the schemas.
/// </remarks>
internal static class OcppEnumValues
{
    public static OcppAllowedValues AuthorizationStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.AuthorizationStatus);

    public static OcppAllowedValues AvailabilityStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.AvailabilityStatus);

    public static OcppAllowedValues AvailabilityType { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.AvailabilityType);

    public static OcppAllowedValues CancelReservationStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.CancelReservationStatus);

    public static OcppAllowedValues ChargePointErrorCode { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ChargePointErrorCode);

    public static OcppAllowedValues ChargePointStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ChargePointStatus);

    public static OcppAllowedValues ChargingProfileKindType { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ChargingProfileKindType);

    public static OcppAllowedValues ChargingProfilePurposeType { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ChargingProfilePurposeType);

    public static OcppAllowedValues ChargingProfileStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ChargingProfileStatus);

    public static OcppAllowedValues ChargingRateUnitType { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ChargingRateUnitType);

    public static OcppAllowedValues ClearCacheStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ClearCacheStatus);

    public static OcppAllowedValues ClearChargingProfileStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ClearChargingProfileStatus);

    public static OcppAllowedValues ConfigurationStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ConfigurationStatus);

    public static OcppAllowedValues DataTransferStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.DataTransferStatus);

    public static OcppAllowedValues DiagnosticsStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.DiagnosticsStatus);

    public static OcppAllowedValues FirmwareStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.FirmwareStatus);

    public static OcppAllowedValues GetCompositeScheduleStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.GetCompositeScheduleStatus);

    public static OcppAllowedValues MessageTrigger { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.MessageTrigger);

    public static OcppAllowedValues Reason { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.Reason);

    public static OcppAllowedValues RecurrencyKindType { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.RecurrencyKindType);

    public static OcppAllowedValues RegistrationStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.RegistrationStatus);

    public static OcppAllowedValues RemoteStartStopStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.RemoteStartStopStatus);

    public static OcppAllowedValues ReservationStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ReservationStatus);

    public static OcppAllowedValues ResetStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ResetStatus);

    public static OcppAllowedValues ResetType { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.ResetType);

    public static OcppAllowedValues TriggerMessageStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.TriggerMessageStatus);

    public static OcppAllowedValues UnlockStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.UnlockStatus);

    public static OcppAllowedValues UpdateStatus { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.UpdateStatus);

    public static OcppAllowedValues UpdateType { get; } = OcppAllowedValues.Of(OcppJsonContext.Default.UpdateType);

    /// <summary>ReadingContext, OCPP 1.6 §7.35.</summary>
    public static OcppAllowedValues ReadingContext { get; } = OcppAllowedValues.Of(
        "Interruption.Begin", "Interruption.End", "Sample.Clock", "Sample.Periodic", "Transaction.Begin",
        "Transaction.End", "Trigger", "Other");

    /// <summary>ValueFormat, OCPP 1.6 §7.49.</summary>
    public static OcppAllowedValues ValueFormat { get; } = OcppAllowedValues.Of("Raw", "SignedData");

    /// <summary>Measurand, OCPP 1.6 §7.31.</summary>
    public static OcppAllowedValues Measurand { get; } = OcppAllowedValues.Of(
        "Energy.Active.Export.Register", "Energy.Active.Import.Register", "Energy.Reactive.Export.Register",
        "Energy.Reactive.Import.Register", "Energy.Active.Export.Interval", "Energy.Active.Import.Interval",
        "Energy.Reactive.Export.Interval", "Energy.Reactive.Import.Interval", "Power.Active.Export",
        "Power.Active.Import", "Power.Offered", "Power.Reactive.Export", "Power.Reactive.Import", "Power.Factor",
        "Current.Import", "Current.Export", "Current.Offered", "Voltage", "Frequency", "Temperature", "SoC", "RPM");

    /// <summary>Phase, OCPP 1.6 §7.34.</summary>
    public static OcppAllowedValues Phase { get; } = OcppAllowedValues.Of(
        "L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1");

    /// <summary>Location, OCPP 1.6 §7.30.</summary>
    public static OcppAllowedValues Location { get; } = OcppAllowedValues.Of("Cable", "EV", "Inlet", "Outlet", "Body");

    /// <summary>
    /// UnitOfMeasure, OCPP 1.6 §7.45. The table says "Celsius" but the published schemas say "Celcius" (the
    /// 2019 MeterValues schema lists both, StopTransaction only the misspelling); chargers send either, so both are
    /// accepted in both messages.
    /// </summary>
    public static OcppAllowedValues UnitOfMeasure { get; } = OcppAllowedValues.Of(
        "Wh", "kWh", "varh", "kvarh", "W", "kW", "VA", "kVA", "var", "kvar", "A", "V", "K", "Celcius", "Celsius",
        "Fahrenheit", "Percent");
}
