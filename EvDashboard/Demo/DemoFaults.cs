using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Demo;

/// <summary>Faults a demo connector reports (StatusNotification Faulted), with a vendor code and a text as chargers send them.</summary>
internal static class DemoFaults
{
    private static readonly (ChargePointErrorCode Code, string? VendorCode, string? Info)[] Kinds =
    [
        (ChargePointErrorCode.GroundFailure, "E-101", "Residual current detected"),
        (ChargePointErrorCode.HighTemperature, "E-217", "Connector temperature too high"),
        (ChargePointErrorCode.OverCurrentFailure, "E-305", "Over-current on phase L2"),
        (ChargePointErrorCode.PowerSwitchFailure, "E-412", "Contactor did not close"),
        (ChargePointErrorCode.ConnectorLockFailure, "E-520", "Cable lock jammed"),
        (ChargePointErrorCode.EVCommunicationError, "E-633", "No PWM response from the vehicle"),
    ];

    public static (ChargePointErrorCode Code, string? VendorCode, string? Info) Pick(Random random) => Kinds[random.Next(Kinds.Length)];
}
