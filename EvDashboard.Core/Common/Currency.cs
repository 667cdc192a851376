using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EvDashboard.Core.Common;

/// <summary>
/// An ISO 4217 currency and the number of digits of its minor unit (EUR 2, JPY 0, KWD 3): money is stored and
/// summed as a whole number of minor units, never as a float.
/// </summary>
public sealed record Currency(string Code, int MinorDigits)
{
    // ISO 4217 codes in use, with their minor-unit exponents (the standard's list, current edition).
    private static readonly FrozenDictionary<string, int> Known = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AED"] = 2, ["AUD"] = 2, ["BGN"] = 2, ["BHD"] = 3, ["BRL"] = 2, ["CAD"] = 2, ["CHF"] = 2, ["CLP"] = 0,
        ["CNY"] = 2, ["CZK"] = 2, ["DKK"] = 2, ["EUR"] = 2, ["GBP"] = 2, ["HKD"] = 2, ["HUF"] = 2, ["IDR"] = 2,
        ["ILS"] = 2, ["INR"] = 2, ["ISK"] = 0, ["JOD"] = 3, ["JPY"] = 0, ["KRW"] = 0, ["KWD"] = 3, ["MXN"] = 2,
        ["MYR"] = 2, ["NOK"] = 2, ["NZD"] = 2, ["OMR"] = 3, ["PHP"] = 2, ["PLN"] = 2, ["RON"] = 2, ["RSD"] = 2,
        ["SAR"] = 2, ["SEK"] = 2, ["SGD"] = 2, ["THB"] = 2, ["TND"] = 3, ["TRY"] = 2, ["TWD"] = 2, ["UAH"] = 2,
        ["USD"] = 2, ["VND"] = 0, ["ZAR"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Codes => Known.Keys.Order(StringComparer.Ordinal);

    public static bool TryFind(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        currency = code is not null && Known.TryGetValue(code, out var digits) ? new Currency(code, digits) : null;
        return currency is not null;
    }

    public static Currency Find(string code) =>
        TryFind(code, out var currency) ? currency : throw new ArgumentException($"'{code}' is not a supported ISO 4217 currency code.", nameof(code));

    /// <summary>How many minor units one major unit has (100 for EUR).</summary>
    public long MinorPerMajor => MinorDigits switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };

    /// <summary>An exact amount in major units, rounded once to minor units, half away from zero (commercial rounding).</summary>
    public long ToMinor(decimal major) => (long)decimal.Round(major * MinorPerMajor, 0, MidpointRounding.AwayFromZero);

    public decimal ToMajor(long minor) => (decimal)minor / MinorPerMajor;

    /// <summary>"12.34 EUR", with invariant digits so exports and PDFs read the same everywhere.</summary>
    public string Format(long minor) =>
        ToMajor(minor).ToString("N" + MinorDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + Code;
}
