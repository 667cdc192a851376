using EvDashboard.Core.Sessions;

namespace EvDashboard.Tests.Core.Sessions;

public sealed class TimedReadingsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToMeterReading_RegisterPowerAndSoc_AllTaken()
    {
        var readings = Timed(
            Sample("12.3456", "Energy.Active.Import.Register", unit: "kWh"),
            Sample("11000", "Power.Active.Import", unit: "W"),
            Sample("41", "SoC", location: "EV", unit: "Percent"));

        var reading = readings.ToMeterReading();

        Assert.Equal(new MeterReading(T0, 12_346, 11_000, 41), reading);
    }

    [Fact]
    public void ToMeterReading_NoSamples_OnlyTimestamp()
    {
        var readings = Timed();

        var reading = readings.ToMeterReading();

        Assert.Equal(new MeterReading(T0, null, null, null), reading);
    }

    [Theory]
    [InlineData("Energy.Active.Import.Register", null, "Inlet", "Raw", null)]
    [InlineData("Energy.Active.Import.Register", "L1", null, "Raw", null)]
    [InlineData("Energy.Active.Export.Register", null, null, "Raw", null)]
    [InlineData("Energy.Active.Import.Interval", null, null, "Raw", null)]
    [InlineData("Energy.Active.Import.Register", null, null, "SignedData", null)]
    [InlineData("Energy.Active.Import.Register", null, "Cable", "Raw", 500L)]
    public void ToMeterReading_EnergySample_OnlyTotalImportRegisterIsBilled(string measurand, string? phase, string? location, string format, long? expected)
    {
        var readings = Timed(SampledReading.From("500", measurand, phase, location, null, null, format));

        var reading = readings.ToMeterReading();

        Assert.Equal(expected, reading.EnergyWh);
    }

    [Theory]
    [InlineData("W", "2300", "2300", "2400", 7_000L)]
    [InlineData("kW", "2.3", "2.3", "2.4", 7_000L)]
    [InlineData("kW", "2.3005", "2.3005", "0", 4_602L)] // each phase rounded: 2300.5 -> 2301
    [InlineData("W", "2300", "abc", "2400", 4_700L)]
    [InlineData("W", "9000000000000000000", "9000000000000000000", "0", null)] // the sum does not fit 64 bits
    public void ToMeterReading_PowerPerPhaseOnly_SumOfPhases(string unit, string l1, string l2, string l3, long? expected)
    {
        var readings = Timed(
            Sample(l1, "Power.Active.Import", "L1", unit: unit),
            Sample(l2, "Power.Active.Import", "L2", unit: unit),
            Sample(l3, "Power.Active.Import", "L3", unit: unit));

        var reading = readings.ToMeterReading();

        Assert.Equal(expected, reading.PowerW);
    }

    [Fact]
    public void ToMeterReading_PowerPerPhaseToNeutral_SumOfPhases()
    {
        var readings = Timed(
            Sample("1000", "Power.Active.Import", "L1-N"),
            Sample("2000", "Power.Active.Import", "L2-N"),
            Sample("3000", "Power.Active.Import", "L3-N"));

        var reading = readings.ToMeterReading();

        Assert.Equal(6_000, reading.PowerW);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ToMeterReading_TotalAndPhasePower_TotalWins(bool totalFirst)
    {
        var total = Sample("7400", "Power.Active.Import");
        var phases = new[] { Sample("1000", "Power.Active.Import", "L1"), Sample("1000", "Power.Active.Import", "L2") };
        var readings = Timed(totalFirst ? [total, .. phases] : [.. phases, total]);

        var reading = readings.ToMeterReading();

        Assert.Equal(7_400, reading.PowerW);
    }

    [Theory]
    [InlineData("L1-L2")]
    [InlineData("N")]
    public void ToMeterReading_PowerOnOtherPhase_NotCounted(string phase)
    {
        var readings = Timed(Sample("1000", "Power.Active.Import", phase));

        var reading = readings.ToMeterReading();

        Assert.Null(reading.PowerW);
    }

    [Fact]
    public void ToMeterReading_ExportPower_NotCounted()
    {
        var readings = Timed(Sample("1000", "Power.Active.Export"), Sample("500", "Power.Active.Export", "L1"));

        var reading = readings.ToMeterReading();

        Assert.Null(reading.PowerW);
    }

    [Fact]
    public void ToMeterReading_SocAmongOtherSamples_SocKeptWhereverItIs()
    {
        var readings = Timed(
            Sample("77", "SoC", location: "EV"),
            Sample("230", "Voltage", "L1-N"),
            Sample("16", "Current.Import", "L1"));

        var reading = readings.ToMeterReading();

        Assert.Equal(new MeterReading(T0, null, null, 77), reading);
    }

    /// <remarks>A charger's absurd value must not turn its message into an error.</remarks>
    [Fact]
    public void ToMeterReading_PhasePowerBeyondInt64_NoPowerAndNoThrow()
    {
        var readings = Timed(Sample("1e20", "Power.Active.Import", "L1"), Sample("12000", "Energy.Active.Import.Register"));
        MeterReading? reading = null;

        var error = Record.Exception(() => reading = readings.ToMeterReading());

        Assert.Null(error);
        Assert.Equal(new MeterReading(T0, 12_000, null, null), reading);
    }

    private static TimedReadings Timed(params SampledReading[] readings) => new(T0, readings);

    private static SampledReading Sample(string value, string measurand, string? phase = null, string? location = null, string? unit = null) =>
        SampledReading.From(value, measurand, phase, location, null, unit, null);
}
