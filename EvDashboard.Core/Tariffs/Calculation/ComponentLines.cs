namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// The exact lines of each component in the order a breakdown lists them (docs/TARIFFS.md, rules 4 to 9): start fee,
/// energy, charging time, idle fee and its cap, then the minimum or maximum price. Lines with no quantity are left out.
/// </summary>
internal static class ComponentLines
{
    public static void AddStartFee(List<PricedLine> lines, TariffDefinition tariff, long startTicks, TimeZoneInfo zone)
    {
        var entry = LocalBand.FirstMatch(tariff.StartFees, ZoneInstants.ToLocal(zone, startTicks));
        if (entry >= 0)
        {
            var fee = tariff.StartFees[entry];
            lines.Add(new PricedLine(CostComponent.StartFee, "Start fee", 1m, "session", fee.Price, fee.Price, BandText.Describe(fee.Restriction, withEnergy: false)));
        }
    }

    public static void AddEnergy(List<PricedLine> lines, TariffDefinition tariff, EnergyCurve curve, long startTicks, long endTicks, TimeZoneInfo zone)
    {
        if (tariff.Energy.Count == 0 || curve.TotalWh == 0)
        {
            return;
        }

        var edges = BandSlicer.Edges(tariff.Energy, startTicks, endTicks, zone);
        var wh = EnergyPricer.WhPerEntry(tariff.Energy, curve, edges, zone);
        for (var i = 0; i < wh.Length; i++)
        {
            var billedWh = Steps.RoundUp(wh[i], tariff.Steps.EnergyWh);
            if (billedWh > 0)
            {
                var entry = tariff.Energy[i];
                lines.Add(new PricedLine(
                    CostComponent.Energy, "Energy", billedWh / 1000m, "kWh", entry.Price, billedWh * entry.Price / 1000m, BandText.Describe(entry.Restriction, withEnergy: true)));
            }
        }
    }

    public static void AddChargingTime(List<PricedLine> lines, TariffDefinition tariff, ChargingPhases phases, long startTicks, long endTicks, TimeZoneInfo zone)
    {
        if (tariff.ChargingTime.Count == 0 || phases.Charging.Count == 0)
        {
            return;
        }

        var edges = BandSlicer.Edges(tariff.ChargingTime, startTicks, endTicks, zone);
        var ticks = TimePricer.TicksPerEntry(tariff.ChargingTime, edges, phases.Charging, zone);
        AddTimeLines(lines, tariff.ChargingTime, ticks, tariff.Steps.ChargingTimeSeconds, CostComponent.ChargingTime, "Charging time", "h", 3600m);
    }

    public static void AddIdle(List<PricedLine> lines, TariffDefinition tariff, IdleWindow idle, long startTicks, long endTicks, TimeZoneInfo zone)
    {
        if (tariff.Idle.Count == 0 || idle.Charged is not { } charged)
        {
            return;
        }

        var edges = BandSlicer.Edges(tariff.Idle, startTicks, endTicks, zone);
        var ticks = TimePricer.TicksPerEntry(tariff.Idle, edges, [charged], zone);
        var first = lines.Count;
        AddTimeLines(lines, tariff.Idle, ticks, tariff.Steps.IdleSeconds, CostComponent.Idle, "Idle fee", "min", 60m);
        var idleFee = 0m;
        for (var i = first; i < lines.Count; i++)
        {
            idleFee += lines[i].Amount;
        }

        if (tariff.IdleFeeCap is { } cap && idleFee > cap)
        {
            lines.Add(PricedLine.Adjustment(CostComponent.IdleFeeCap, "Idle fee cap", cap - idleFee));
        }
    }

    /// <summary>The session's net price is held between the minimum and the maximum price, idle fee included.</summary>
    public static void AddPriceLimits(List<PricedLine> lines, TariffDefinition tariff)
    {
        var net = 0m;
        foreach (var line in lines)
        {
            net += line.Amount;
        }

        if (tariff.MinimumPrice is { } minimum && net < minimum)
        {
            lines.Add(PricedLine.Adjustment(CostComponent.MinimumPrice, "Minimum price", minimum - net));
        }
        else if (tariff.MaximumPrice is { } maximum && net > maximum)
        {
            lines.Add(PricedLine.Adjustment(CostComponent.MaximumPrice, "Maximum price", maximum - net));
        }
    }

    private static void AddTimeLines(
        List<PricedLine> lines, IReadOnlyList<PriceComponent> entries, long[] ticks, long stepSeconds, CostComponent component, string description, string unit, decimal secondsPerUnit)
    {
        for (var i = 0; i < ticks.Length; i++)
        {
            var seconds = Steps.RoundUp(Steps.WholeSecondsUp(ticks[i]), stepSeconds);
            if (seconds > 0)
            {
                var entry = entries[i];
                // Multiply before dividing: an amount that is exactly a half minor unit stays exact for the rounding.
                lines.Add(new PricedLine(
                    component, description, seconds / secondsPerUnit, unit, entry.Price, seconds * entry.Price / secondsPerUnit, BandText.Describe(entry.Restriction, withEnergy: false)));
            }
        }
    }
}
