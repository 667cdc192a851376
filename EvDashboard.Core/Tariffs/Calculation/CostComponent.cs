namespace EvDashboard.Core.Tariffs.Calculation;

public enum CostComponent
{
    StartFee,
    Energy,
    ChargingTime,
    Idle,
    IdleFeeCap,
    MinimumPrice,
    MaximumPrice,
}
