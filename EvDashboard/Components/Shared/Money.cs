using System.Globalization;
using EvDashboard.Core.Common;

namespace EvDashboard.Components.Shared;

/// <summary>Amounts in minor units shown and exported the same way on every page, export and API answer.</summary>
internal static class Money
{
    /// <summary>
    /// Tariffs only accept ISO 4217 codes, so an unknown one means data from elsewhere (an import, an older version):
    /// it is shown with two digits rather than failing a whole page.
    /// </summary>
    public static Currency CurrencyOf(string code) => Currency.TryFind(code, out var currency) ? currency : new Currency(code, 2);

    /// <summary>"1,234.56 EUR" (<see cref="Currency.Format"/>).</summary>
    public static string Format(long minor, string currency) => CurrencyOf(currency).Format(minor);

    public static decimal Major(long minor, string currency) => CurrencyOf(currency).ToMajor(minor);

    /// <summary>"1234.56": major units with exactly the currency's digits, invariant, no grouping (CSV).</summary>
    public static string MajorText(long minor, string currency)
    {
        var known = CurrencyOf(currency);
        return known.ToMajor(minor).ToString("F" + known.MinorDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A unit price in major units per unit: at least the currency's digits, up to two more ("0.3950 EUR/kWh" stays exact).</summary>
    public static string UnitPrice(decimal price, string currency, string unit)
    {
        var known = CurrencyOf(currency);
        var format = "#,##0." + new string('0', known.MinorDigits) + "##";
        var text = price.ToString(known.MinorDigits == 0 ? "#,##0.##" : format, CultureInfo.InvariantCulture);
        return string.Equals(unit, "session", StringComparison.Ordinal) ? $"{text} {known.Code}" : $"{text} {known.Code}/{unit}";
    }

    /// <summary>"12.5 kWh", "1 session": a line's quantity after step rounding, without trailing zeros.</summary>
    public static string Quantity(decimal quantity, string unit) =>
        $"{quantity.ToString("#,##0.###", CultureInfo.InvariantCulture)} {unit}";

    /// <summary>Sums per currency, e.g. "12.30 EUR · 4.00 CHF"; never adds amounts of different currencies.</summary>
    public static string Totals(IEnumerable<(string Currency, long Minor)> amounts) =>
        string.Join(" · ", amounts.GroupBy(a => a.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Format(g.Sum(a => a.Minor), g.Key)));
}
