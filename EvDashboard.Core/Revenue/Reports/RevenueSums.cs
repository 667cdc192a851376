namespace EvDashboard.Core.Revenue.Reports;

/// <summary>Revenue facts summed; money only from priced sessions, which are counted apart for the average per session.</summary>
internal sealed class RevenueSums
{
    public long Sessions { get; private set; }

    public long PricedSessions { get; private set; }

    public long EnergyWh { get; private set; }

    public long NetMinor { get; private set; }

    public long VatMinor { get; private set; }

    public long GrossMinor { get; private set; }

    public static void Add(RevenueSums sums, RevenueFact fact)
    {
        sums.Sessions += fact.Sessions;
        sums.EnergyWh += fact.EnergyWh;
        if (fact.Currency.Length > 0)
        {
            sums.PricedSessions += fact.Sessions;
            sums.NetMinor += fact.NetMinor;
            sums.VatMinor += fact.VatMinor;
            sums.GrossMinor += fact.GrossMinor;
        }
    }
}
