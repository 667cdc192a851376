namespace EvDashboard.Demo;

/// <summary>Where a demo connector is in a driver's visit; each maps to the OCPP status it reports.</summary>
internal enum DemoPhase
{
    /// <summary>Free, waiting for the next car (Available).</summary>
    Idle,

    /// <summary>A car is plugged in, the driver presents a card (Preparing).</summary>
    Arriving,

    Charging,

    /// <summary>The car has what it wanted and draws nothing (SuspendedEV).</summary>
    Full,

    /// <summary>The charger pauses to cool down (SuspendedEVSE).</summary>
    Derated,

    /// <summary>Stopped, the driver unplugs (Finishing).</summary>
    Leaving,

    Faulted,

    /// <summary>Taken out of service by ChangeAvailability (Unavailable).</summary>
    Unavailable,
}
