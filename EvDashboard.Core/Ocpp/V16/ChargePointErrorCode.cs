namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.6: Error code reported in StatusNotification.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum ChargePointErrorCode
{
    ConnectorLockFailure,
    EVCommunicationError,
    GroundFailure,
    HighTemperature,
    InternalError,
    LocalListConflict,
    NoError,
    OtherError,
    OverCurrentFailure,
    PowerMeterFailure,
    PowerSwitchFailure,
    ReaderFailure,
    ResetFailure,
    UnderVoltage,
    OverVoltage,
    WeakSignal,
}
