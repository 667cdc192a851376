using System.Globalization;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Tests.Core.Tariffs.Calculation;

/// <summary>Timelines and tariffs for the calculator tests, on a site in Europe/Berlin.</summary>
internal static class TariffFixtures
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>A register that does not start at zero, so every test also proves energy is relative to the start.</summary>
    public const long MeterStart = 1_234_000;

    /// <summary>Wednesday 2026-06-03 12:00 in Berlin (CEST, UTC+2).</summary>
    public static readonly DateTimeOffset Noon = new(2026, 6, 3, 10, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    public static TariffDefinition Eur(decimal vat = 0m) => new() { Currency = "EUR", VatRatePercent = vat, Steps = new TariffSteps(1, 1, 1) };

    public static PriceComponent Price(string price, PriceRestriction? restriction = null) => new(Dec(price), restriction);

    public static PriceRestriction Band(string start, string end, params DayOfWeek[] days) =>
        new(days.Length == 0 ? null : days, TimeOnly.Parse(start, CultureInfo.InvariantCulture), TimeOnly.Parse(end, CultureInfo.InvariantCulture));

    /// <summary>Energy delivered evenly from start to end (no readings in between), status unknown (Charging) throughout.</summary>
    public static SessionTimeline Linear(DateTimeOffset start, DateTimeOffset end, long wh, params StatusPoint[] statuses) =>
        new(start, MeterStart, end, MeterStart + wh, [], statuses);

    public static SessionTimeline WithReadings(DateTimeOffset start, DateTimeOffset end, long endWh, params (double Minutes, long Wh)[] readings) =>
        new(start, MeterStart, end, MeterStart + endWh, [.. readings.Select(r => new EnergyReading(start.AddMinutes(r.Minutes), MeterStart + r.Wh))], []);

    public static StatusPoint Status(DateTimeOffset start, double minutes, ConnectorStatus status) => new(start.AddMinutes(minutes), status);

    public static CostBreakdown Price(TariffDefinition tariff, SessionTimeline timeline) => TariffCalculator.Calculate(tariff, timeline, Berlin);

    public static CostLine[] Lines(CostBreakdown breakdown, CostComponent component) => [.. breakdown.Lines.Where(l => l.Component == component)];

    /// <summary>(quantity, minor amount) of each line of a component, for compact assertions.</summary>
    public static (decimal Quantity, long AmountMinor)[] Amounts(CostBreakdown breakdown, CostComponent component) =>
        [.. Lines(breakdown, component).Select(l => (l.Quantity, l.AmountMinor))];
}
