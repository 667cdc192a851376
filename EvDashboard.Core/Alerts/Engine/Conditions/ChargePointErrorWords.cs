namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>OCPP 1.6 §7.6 ChargePointErrorCode, in words an operator can act on.</summary>
internal static class ChargePointErrorWords
{
    public static string Describe(string errorCode) => errorCode switch
    {
        "ConnectorLockFailure" => "the connector lock failed",
        "EVCommunicationError" => "communication with the vehicle failed",
        "GroundFailure" => "a ground fault (the residual-current device tripped)",
        "HighTemperature" => "the temperature is too high",
        "InternalError" => "an internal error in the charge point",
        "LocalListConflict" => "the local authorisation list conflicts with the central one",
        "NoError" => "no error code (see the vendor code)",
        "OtherError" => "an error of another kind (see the vendor code)",
        "OverCurrentFailure" => "over-current protection tripped",
        "OverVoltage" => "the voltage is too high",
        "PowerMeterFailure" => "the power meter failed",
        "PowerSwitchFailure" => "the power switch (contactor) failed",
        "ReaderFailure" => "the card reader failed",
        "ResetFailure" => "a reset failed",
        "UnderVoltage" => "the voltage is too low",
        "WeakSignal" => "the wireless signal is weak",
        _ => $"error code {errorCode}",
    };
}
