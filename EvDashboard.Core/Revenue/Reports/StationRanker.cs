using static EvDashboard.Core.Revenue.Reports.ReportNumbers;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// Top and bottom charge points by gross revenue in the range's dominant currency (the one with the most priced
/// sessions); every existing charge point takes part, so the bottom list shows those that earned nothing.
/// </summary>
internal static class StationRanker
{
    public static StationRanking Rank(ReportCatalogue catalogue, List<RevenueFact> revenue, List<ConnectorFact> time, int count)
    {
        var currency = RevenueReport.CurrenciesOf(revenue).FirstOrDefault() ?? string.Empty;
        var money = revenue.GroupBy(f => f.Key.Text, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (Gross: g.Where(f => f.Currency == currency && currency.Length > 0).Sum(f => f.GrossMinor), Sessions: g.Sum(f => f.Sessions), EnergyWh: g.Sum(f => f.EnergyWh)),
            StringComparer.Ordinal);
        var usage = time.ToDictionary(f => f.Key.Text, StringComparer.Ordinal);
        var ids = catalogue.ChargePoints.Select(k => k.Text).Concat(money.Keys).Concat(usage.Keys).Distinct(StringComparer.Ordinal);
        var ranks = ids.Select(id =>
        {
            var (gross, sessions, energyWh) = money.GetValueOrDefault(id);
            var inUse = usage.TryGetValue(id, out var t) ? Percent(t.ChargingSeconds + t.OccupiedSeconds, AllSeconds(t)) ?? 0m : 0m;
            var major = currency.Length == 0 ? 0m : Money(gross, currency);
            return new StationRank(id, catalogue.ChargePointName(id), currency, major, Kwh(energyWh), (int)sessions, inUse);
        }).ToList();
        var top = ranks.OrderByDescending(r => r.Gross).ThenByDescending(r => r.Sessions).ThenBy(r => r.ChargePointId, StringComparer.Ordinal).Take(count).ToList();
        var bottom = ranks.OrderBy(r => r.Gross).ThenBy(r => r.Sessions).ThenBy(r => r.ChargePointId, StringComparer.Ordinal).Take(count).ToList();
        return new StationRanking(top, bottom);
    }

    private static long AllSeconds(ConnectorFact t) =>
        t.ChargingSeconds + t.OccupiedSeconds + t.AvailableSeconds + t.FaultedSeconds + t.UnavailableSeconds + t.OfflineSeconds + t.UnknownSeconds;
}
