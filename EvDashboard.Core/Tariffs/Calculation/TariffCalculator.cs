using EvDashboard.Core.Common;

namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// Prices a session: a pure function of the tariff version, the session's timeline and the site's time zone
/// (docs/TARIFFS.md has the rules). The same function gives the running cost, the final cost and the preview.
/// Linear in the readings plus the band edges crossed, so a running session can be repriced every second.
/// </summary>
public static class TariffCalculator
{
    public static CostBreakdown Calculate(TariffDefinition tariff, SessionTimeline timeline, TimeZoneInfo zone) =>
        Calculate(tariff, timeline, zone, withStartFee: true);

    /// <param name="withStartFee">
    /// False for a continuation segment (a session started again after a power loss): the billing session it belongs to
    /// already paid the start fee, so only its own energy, time and idle are priced.
    /// </param>
    public static CostBreakdown Calculate(TariffDefinition tariff, SessionTimeline timeline, TimeZoneInfo zone, bool withStartFee)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(zone);

        var currency = Currency.Find(tariff.Currency);
        var start = timeline.StartedAt.UtcTicks;
        // A stop reported before the start (a charger clock jump) leaves a session of no length, never a negative one.
        var end = Math.Max(start, timeline.EndedAt.UtcTicks);
        var curve = EnergyCurve.Build(timeline, start, end);
        var phases = ChargingPhases.Find(timeline.Statuses, curve, start, end);
        var idle = IdleWindow.From(phases.ChargingEndTicks, tariff.IdleGraceMinutes, end);

        var lines = new List<PricedLine>();
        if (withStartFee)
        {
            ComponentLines.AddStartFee(lines, tariff, start, zone);
        }

        ComponentLines.AddEnergy(lines, tariff, curve, start, end, zone);
        ComponentLines.AddChargingTime(lines, tariff, phases, start, end, zone);
        ComponentLines.AddIdle(lines, tariff, idle, start, end, zone);
        ComponentLines.AddPriceLimits(lines, tariff);

        var chargingTicks = 0L;
        foreach (var stretch in phases.Charging)
        {
            chargingTicks += stretch.LengthTicks;
        }

        return Breakdown(tariff, currency, lines, curve.TotalWh, chargingTicks / TimeSpan.TicksPerSecond, idle.IdleTicks / TimeSpan.TicksPerSecond);
    }

    private static CostBreakdown Breakdown(TariffDefinition tariff, Currency currency, List<PricedLine> lines, long energyWh, long chargingSeconds, long idleSeconds)
    {
        var amounts = new decimal[lines.Count];
        for (var i = 0; i < amounts.Length; i++)
        {
            amounts[i] = lines[i].Amount;
        }

        var shares = LineRounding.Share(amounts, currency, out var netMinor);
        var costLines = new CostLine[lines.Count];
        for (var i = 0; i < costLines.Length; i++)
        {
            var line = lines[i];
            costLines[i] = new CostLine(line.Component, line.Description, line.Quantity, line.Unit, line.UnitPrice, shares[i], line.Band);
        }

        // VAT on the stated net, rounded once, as an invoice shows it.
        var vatMinor = (long)decimal.Round(netMinor * tariff.VatRatePercent / 100m, 0, MidpointRounding.AwayFromZero);
        return new CostBreakdown(currency.Code, costLines, netMinor, tariff.VatRatePercent, vatMinor, netMinor + vatMinor, energyWh, chargingSeconds, idleSeconds);
    }
}
