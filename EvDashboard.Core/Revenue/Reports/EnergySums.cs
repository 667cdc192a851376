namespace EvDashboard.Core.Revenue.Reports;

/// <summary>Energy facts summed; the peak is the largest hour, not a sum.</summary>
internal sealed class EnergySums
{
    public long Sessions { get; private set; }

    public long EnergyWh { get; private set; }

    public long PeakHourWh { get; private set; }

    public static void Add(EnergySums sums, EnergyFact fact)
    {
        sums.Sessions += fact.Sessions;
        sums.EnergyWh += fact.EnergyWh;
        sums.PeakHourWh = Math.Max(sums.PeakHourWh, fact.PeakHourWh);
    }
}
