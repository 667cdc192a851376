namespace EvDashboard.Core.Sessions.Estimation;

/// <summary>
/// How the charge rate falls as the battery fills: constant up to <see cref="KneePercent"/>, then falling linearly
/// to <see cref="FloorFraction"/> of that rate at 100 %. Lithium-ion packs charge at constant current up to the cell
/// voltage limit and then at constant voltage with a falling current (CC-CV). On DC the car's own limit is the
/// bottleneck and the fall is visible from about 80 %; on AC the on-board charger (at most 22 kW) is the
/// bottleneck until the pack is nearly full, so the fall comes later and is shallower.
/// </summary>
internal sealed record TaperProfile(double KneePercent, double FloorFraction)
{
    public static readonly TaperProfile DirectCurrent = new(80, 0.25);

    public static readonly TaperProfile AlternatingCurrent = new(92, 0.5);

    /// <summary>The rate at <paramref name="socPercent"/> as a fraction of the rate below the knee.</summary>
    public double Factor(double socPercent) =>
        socPercent <= KneePercent ? 1 : 1 - ((1 - FloorFraction) * (Math.Min(socPercent, 100) - KneePercent) / (100 - KneePercent));

    /// <summary>Hours to charge from <paramref name="fromPercent"/> to <paramref name="toPercent"/> when the rate below the knee is <paramref name="kneeRatePerHour"/> %/h.</summary>
    public double Hours(double fromPercent, double toPercent, double kneeRatePerHour)
    {
        var hours = 0d;
        if (fromPercent < KneePercent)
        {
            var end = Math.Min(toPercent, KneePercent);
            hours += (end - fromPercent) / kneeRatePerHour;
            fromPercent = end;
        }

        if (toPercent > fromPercent)
        {
            // ∫ ds / (r·(1 − a·(s − knee))) = (ln u(from) − ln u(to)) / (r·a), with u(s) = 1 − a·(s − knee) > 0 up to 100 %.
            var a = (1 - FloorFraction) / (100 - KneePercent);
            hours += (Math.Log(1 - (a * (fromPercent - KneePercent))) - Math.Log(1 - (a * (toPercent - KneePercent)))) / (kneeRatePerHour * a);
        }

        return hours;
    }
}
