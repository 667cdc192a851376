using System.Globalization;

namespace EvDashboard.Core.Tariffs.Queries;

/// <summary>
/// One line that tells tariffs apart in a list: "0.39 EUR/kWh · 1.50 EUR/h · start 1 EUR · idle 0.1 EUR/min after
/// 30 min · VAT 19 %". A component with several prices shows its range ("0.29–0.49 EUR/kWh").
/// </summary>
public static class TariffSummary
{
    public static string Describe(TariffDefinition? definition)
    {
        if (definition is null)
        {
            return "no prices";
        }

        var currency = definition.Currency;
        var parts = new List<string>(5);
        Add(parts, definition.Energy, $"{currency}/kWh", null);
        Add(parts, definition.ChargingTime, $"{currency}/h", null);
        Add(parts, definition.StartFees, currency, "start ");
        if (definition.Idle.Count > 0)
        {
            var grace = definition.IdleGraceMinutes > 0 ? $" after {definition.IdleGraceMinutes.ToString(CultureInfo.InvariantCulture)} min" : string.Empty;
            Add(parts, definition.Idle, $"{currency}/min{grace}", "idle ");
        }

        parts.Add($"VAT {Number(definition.VatRatePercent)} %");
        return string.Join(" · ", parts);
    }

    private static void Add(List<string> parts, IReadOnlyList<PriceComponent> entries, string unit, string? prefix)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var low = entries.Min(e => e.Price);
        var high = entries.Max(e => e.Price);
        var price = low == high ? Number(low) : $"{Number(low)}–{Number(high)}";
        parts.Add($"{prefix}{price} {unit}");
    }

    internal static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
