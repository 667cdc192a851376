using EvDashboard.Core.Common;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;
using static EvDashboard.Tests.Core.Tariffs.Calculation.TariffFixtures;

namespace EvDashboard.Tests.Core.Tariffs.Calculation;

/// <summary>Invariants over many random tariffs and timelines (fixed seed, so a failure reproduces).</summary>
public sealed class TariffCalculatorPropertyTests
{
    private static readonly string[] Currencies = ["EUR", "JPY", "KWD"];

    private static readonly decimal[] VatRates = [0m, 7m, 19m, 20.5m];

    // Around both of Berlin's DST changes as well as ordinary days.
    private static readonly DateTimeOffset[] Anchors = [Utc("2026-03-28T18:00Z"), Utc("2026-06-05T18:00Z"), Utc("2026-10-24T18:00Z")];

    [Fact]
    public void Calculate_RandomSessions_LinesAddUpAndEveryWhIsPriced()
    {
        var random = new Random(20_261_121);
        for (var run = 0; run < 500; run++)
        {
            var tariff = RandomTariff(random);
            var timeline = RandomTimeline(random);

            var breakdown = TariffCalculator.Calculate(tariff, timeline, Berlin);

            var context = $"run {run}";
            Assert.True(breakdown.Lines.Sum(l => l.AmountMinor) == breakdown.NetMinor, context);
            Assert.True(breakdown.TotalMinor == breakdown.NetMinor + breakdown.VatMinor, context);
            Assert.True(breakdown.VatMinor == (long)Math.Round(breakdown.NetMinor * tariff.VatRatePercent / 100m, MidpointRounding.AwayFromZero), context);
            // The last energy entry takes anything, so every delivered Wh is on exactly one line (plus each line's step rounding).
            var energy = Lines(breakdown, CostComponent.Energy);
            var billedWh = energy.Sum(l => l.Quantity * 1000);
            Assert.True(billedWh >= breakdown.EnergyWh && billedWh <= breakdown.EnergyWh + (energy.Length * (tariff.Steps.EnergyWh - 1)), context);
            Assert.True(tariff.Steps.EnergyWh > 1 || billedWh == breakdown.EnergyWh, context);
            AssertLinesAreOrderedAndClose(breakdown, Currency.Find(tariff.Currency), context);
            var seconds = (long)Math.Max(0, (timeline.EndedAt - timeline.StartedAt).TotalSeconds);
            Assert.True(breakdown.ChargingSeconds + breakdown.IdleSeconds <= seconds, context);
        }
    }

    private static void AssertLinesAreOrderedAndClose(CostBreakdown breakdown, Currency currency, string context)
    {
        for (var i = 0; i < breakdown.Lines.Count; i++)
        {
            var line = breakdown.Lines[i];
            Assert.True(line.Quantity > 0, context);
            Assert.True(i == 0 || breakdown.Lines[i - 1].Component <= line.Component, context);
            // Each line's share is its own exact amount rounded, moved by at most one minor unit to fit the net.
            var exactMinor = line.Quantity * line.UnitPrice * currency.MinorPerMajor;
            Assert.True(Math.Abs(line.AmountMinor - exactMinor) <= 1.5m, context);
        }
    }

    private static TariffDefinition RandomTariff(Random random) => new()
    {
        Currency = Currencies[random.Next(Currencies.Length)],
        VatRatePercent = VatRates[random.Next(VatRates.Length)],
        StartFees = Entries(random, random.Next(3), catchAll: false),
        Energy = Entries(random, 1 + random.Next(3), catchAll: true),
        ChargingTime = Entries(random, random.Next(3), catchAll: false),
        Idle = Entries(random, random.Next(3), catchAll: false),
        IdleGraceMinutes = random.Next(3) * 10,
        IdleFeeCap = random.Next(2) == 0 ? null : random.Next(1, 2_000) / 100m,
        MinimumPrice = random.Next(3) == 0 ? random.Next(1, 500) / 100m : null,
        MaximumPrice = random.Next(3) == 0 ? random.Next(500, 5_000) / 100m : null,
        Steps = new TariffSteps(random.Next(2) == 0 ? 1 : 100, random.Next(2) == 0 ? 1 : 60, random.Next(2) == 0 ? 1 : 60),
    };

    private static PriceComponent[] Entries(Random random, int count, bool catchAll) =>
        [.. Enumerable.Range(0, count).Select(i => new PriceComponent(random.Next(0, 100_000) / 10_000m, catchAll && i == count - 1 ? null : RandomRestriction(random)))];

    private static PriceRestriction RandomRestriction(Random random)
    {
        TimeOnly? Time() => random.Next(3) == 0 ? null : new TimeOnly(random.Next(24), random.Next(4) * 15);
        DayOfWeek[]? days = random.Next(2) == 0 ? null : [.. Enum.GetValues<DayOfWeek>().Where(_ => random.Next(2) == 0)];
        long? min = random.Next(3) == 0 ? random.Next(0, 30_000) : null;
        long? max = random.Next(3) == 0 ? random.Next(1, 60_000) : null;
        return new PriceRestriction(days, Time(), Time(), min, max);
    }

    private static SessionTimeline RandomTimeline(Random random)
    {
        var start = Anchors[random.Next(Anchors.Length)].AddMinutes(random.Next(0, 600));
        var end = start.AddSeconds(random.Next(-600, 30 * 3600));
        var span = Math.Max(1, (end - start).TotalSeconds);
        var register = MeterStart;
        var readings = new EnergyReading[random.Next(0, 50)];
        for (var i = 0; i < readings.Length; i++)
        {
            // Mostly forward, sometimes backwards, sometimes outside the window.
            register += random.Next(-2_000, 8_000);
            readings[i] = new EnergyReading(start.AddSeconds(random.NextDouble() * span * 1.2 - span * 0.1), register);
        }

        var statuses = Enumerable.Range(0, random.Next(0, 6))
            .Select(_ => new StatusPoint(start.AddSeconds(random.NextDouble() * span * 1.2 - span * 0.1), (ConnectorStatus)random.Next(9)))
            .ToArray();
        return new SessionTimeline(start, MeterStart, end, MeterStart + random.Next(-1_000, 80_000), readings, statuses);
    }
}
