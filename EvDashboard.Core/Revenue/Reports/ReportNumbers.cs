using EvDashboard.Core.Common;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>Rollup integers to report values: kWh with 3 decimals, money in major units, rounded averages and percentages (half away from zero, once).</summary>
internal static class ReportNumbers
{
    public const int KwhDecimals = 3;

    public const int PercentDecimals = 1;

    public static decimal Kwh(long wh) => wh / 1000m;

    /// <summary>The currency of a code; a code the list does not know still gets two decimals rather than failing a report.</summary>
    public static Currency CurrencyOf(string code) => Currency.TryFind(code, out var currency) ? currency : new Currency(code, 2);

    public static decimal Money(long minor, string code) => CurrencyOf(code).ToMajor(minor);

    public static decimal? Average(decimal total, long count, int decimals) =>
        count == 0 ? null : Math.Round(total / count, decimals, MidpointRounding.AwayFromZero);

    public static decimal? AverageKwh(long wh, long sessions) => Average(Kwh(wh), sessions, KwhDecimals);

    public static decimal? Percent(long part, long whole) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, PercentDecimals, MidpointRounding.AwayFromZero);
}
