namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// Prices a session: a pure function of the tariff version, the session's timeline and the site's time zone
/// (docs/TARIFFS.md has the rules). The same function gives the running cost, the final cost and the preview.
/// </summary>
public static class TariffCalculator
{
    public static CostBreakdown Calculate(TariffDefinition tariff, SessionTimeline timeline, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(zone);
        throw new NotImplementedException("Being written (issue 5).");
    }
}
