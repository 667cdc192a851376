using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs.Calculation;
using EvDashboard.Core.Tariffs.Queries;

namespace EvDashboard.Tests.Core.Tariffs.Queries;

public sealed class CostPreviewTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static readonly DateTimeOffset Start = new(2026, 11, 20, 20, 30, 0, TimeSpan.Zero);

    [Fact]
    public void BuildTimeline_ChargingThenIdle_OneReadingPerMinuteLinearThenFlat()
    {
        var timeline = CostPreview.BuildTimeline(Start, energyWh: 10_000, chargingMinutes: 4, idleMinutes: 2);

        Assert.Equal((Start, 0L, Start.AddMinutes(6), 10_000L), (timeline.StartedAt, timeline.MeterStartWh, timeline.EndedAt, timeline.MeterEndWh));
        Assert.Equal([2_500L, 5_000, 7_500, 10_000, 10_000, 10_000], timeline.Readings.Select(r => r.RegisterWh));
        Assert.Equal(Enumerable.Range(1, 6).Select(m => Start.AddMinutes(m)), timeline.Readings.Select(r => r.At));
        Assert.Equal([new StatusPoint(Start, ConnectorStatus.Charging), new StatusPoint(Start.AddMinutes(4), ConnectorStatus.SuspendedEV)], timeline.Statuses);
    }

    [Fact]
    public void BuildTimeline_LessWhThanMinutes_LastWhInTheLastChargingMinute()
    {
        var timeline = CostPreview.BuildTimeline(Start, energyWh: 3, chargingMinutes: 10, idleMinutes: 0);

        Assert.Equal(2L, timeline.Readings[8].RegisterWh);
        Assert.Equal(3L, timeline.Readings[9].RegisterWh);
        Assert.Single(timeline.Statuses);
    }

    [Theory]
    [InlineData(-1, 10, 0, "EnergyWh")]
    [InlineData(5_000, 0, 0, "ChargingMinutes")]
    [InlineData(5_000, 10, CostPreview.MaxMinutes + 1, "IdleMinutes")]
    public void Validate_BadSample_ErrorOnField(long energyWh, int chargingMinutes, int idleMinutes, string field)
    {
        var errors = CostPreview.Validate(new CostPreviewInput(new DateTime(2026, 11, 20, 21, 30, 0), energyWh, chargingMinutes, idleMinutes), Berlin);

        Assert.Equal([field], errors.Fields);
    }

    [Fact]
    public void Validate_LocalTimeSkippedBySpringForward_StartError()
    {
        var errors = CostPreview.Validate(new CostPreviewInput(new DateTime(2026, 3, 29, 2, 30, 0), 1_000, 10, 0), Berlin);

        Assert.Contains("does not exist", errors.For("LocalStart"), StringComparison.Ordinal);
    }

    [Fact]
    public void StartUtc_BerlinWinterEvening_OneHourEarlierInUtc()
    {
        Assert.Equal(Start, CostPreview.StartUtc(new DateTime(2026, 11, 20, 21, 30, 0), Berlin));
    }

    [Fact]
    public void Price_SameShapeAsARealSession_SameBreakdown()
    {
        // A real charger: Preparing before the start, the register from 123 456 Wh, MeterValues every 5 minutes,
        // SuspendedEV when the car is full, Finishing at the end: the shape the preview builds from its four numbers.
        var chargingEnd = Start.AddMinutes(60);
        var end = chargingEnd.AddMinutes(45);
        var readings = Enumerable.Range(1, 21).Select(i => new EnergyReading(Start.AddMinutes(5 * i), 123_456 + Math.Min(i * 5, 60) * 22_000L / 60)).ToList();
        var real = new SessionTimeline(Start, 123_456, end, 145_456, readings,
            [new StatusPoint(Start.AddMinutes(-2), ConnectorStatus.Preparing), new StatusPoint(Start, ConnectorStatus.Charging),
             new StatusPoint(chargingEnd, ConnectorStatus.SuspendedEV), new StatusPoint(end.AddSeconds(-1), ConnectorStatus.Finishing)]);

        var preview = CostPreview.Price(TariffSamples.Standard, new CostPreviewInput(new DateTime(2026, 11, 20, 21, 30, 0), 22_000, 60, 45), Berlin);
        var billed = TariffCalculator.Calculate(TariffSamples.Standard, real, Berlin);

        Assert.Equal(billed.Lines, preview.Lines);
        Assert.Equal((billed.NetMinor, billed.VatMinor, billed.TotalMinor), (preview.NetMinor, preview.VatMinor, preview.TotalMinor));
        Assert.Equal((22_000L, 3_600L, 45 * 60L), (preview.EnergyWh, preview.ChargingSeconds, preview.IdleSeconds));
        Assert.Equal(3, preview.Lines.Count(l => l.Component == CostComponent.Energy) + preview.Lines.Count(l => l.Component == CostComponent.StartFee));
    }
}
