namespace EvDashboard.Demo;

/// <summary>
/// A car on a connector: battery size, state of charge and what it accepts. Power tapers with SoC the way real
/// batteries do: DC holds its peak to about 50 %, eases to 80 %, then falls steeply; AC only slows above 90 %.
/// </summary>
internal sealed class DemoVehicle
{
    private static readonly double[] BatteriesKwh = [40, 52, 58, 64, 77, 82, 100];
    private static readonly int[] DcPeaksW = [50_000, 75_000, 100_000, 135_000, 170_000, 250_000];
    private static readonly int[] OnboardAcW = [7_400, 11_000, 11_000, 22_000];

    private DemoVehicle(double capacityWh, double socPercent, double targetSocPercent, int maxAcW, int maxDcW)
    {
        CapacityWh = capacityWh;
        SocPercent = socPercent;
        TargetSocPercent = targetSocPercent;
        MaxAcW = maxAcW;
        MaxDcW = maxDcW;
    }

    public double CapacityWh { get; }

    public double SocPercent { get; private set; }

    public double TargetSocPercent { get; }

    public int MaxAcW { get; }

    public int MaxDcW { get; }

    public bool IsFull => SocPercent >= TargetSocPercent;

    public static DemoVehicle Arrive(Random random, bool dcCharger)
    {
        var capacity = BatteriesKwh[random.Next(BatteriesKwh.Length)] * 1000;
        // A quarter of AC drivers top up an almost full car: they end up SuspendedEV, plugged in and not charging.
        var soc = !dcCharger && random.NextDouble() < 0.25 ? Between(random, 70, 88) : Between(random, 8, 55);
        var target = dcCharger ? Between(random, 78, 92) : Between(random, 90, 100);
        return new DemoVehicle(capacity, soc, target, OnboardAcW[random.Next(OnboardAcW.Length)], DcPeaksW[random.Next(DcPeaksW.Length)]);
    }

    /// <summary>What the car draws now from a charger of the given kind and power, in W.</summary>
    public double PowerW(DemoModel charger, Random random)
    {
        if (IsFull)
        {
            return 0;
        }

        var limit = charger.IsDc ? Math.Min(charger.MaxPowerW, MaxDcW) : Math.Min(charger.MaxPowerW, MaxAcW);
        var noise = 1 + (random.NextDouble() - 0.5) * 0.03;
        return limit * Taper(charger.IsDc, SocPercent) * noise;
    }

    /// <summary>Takes energy from the meter into the battery, less charging losses.</summary>
    public void Charge(double meteredWh, bool dcCharger)
    {
        var efficiency = dcCharger ? 0.95 : 0.9;
        SocPercent = Math.Min(100, SocPercent + meteredWh * efficiency / CapacityWh * 100);
    }

    private static double Taper(bool dc, double soc) => dc
        ? soc switch
        {
            < 50 => 1.0,
            < 80 => 1.0 - 0.3 * (soc - 50) / 30,
            _ => 0.7 * Math.Max(0.1, 1 - (soc - 80) / 20 * 0.9),
        }
        : soc < 90 ? 1.0 : Math.Max(0.25, 1 - 0.75 * (soc - 90) / 10);

    private static double Between(Random random, double min, double max) => min + random.NextDouble() * (max - min);
}
