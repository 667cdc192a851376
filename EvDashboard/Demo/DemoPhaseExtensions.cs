using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Demo;

internal static class DemoPhaseExtensions
{
    public static ChargePointStatus ToStatus(this DemoPhase phase) => phase switch
    {
        DemoPhase.Idle => ChargePointStatus.Available,
        DemoPhase.Arriving => ChargePointStatus.Preparing,
        DemoPhase.Charging => ChargePointStatus.Charging,
        DemoPhase.Full => ChargePointStatus.SuspendedEV,
        DemoPhase.Derated => ChargePointStatus.SuspendedEVSE,
        DemoPhase.Leaving => ChargePointStatus.Finishing,
        DemoPhase.Faulted => ChargePointStatus.Faulted,
        _ => ChargePointStatus.Unavailable,
    };
}
