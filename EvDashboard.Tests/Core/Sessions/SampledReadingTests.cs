using EvDashboard.Core.Sessions;

namespace EvDashboard.Tests.Core.Sessions;

public sealed class SampledReadingTests
{
    [Fact]
    public void From_OnlyValue_SpecDefaultsApplied()
    {
        var reading = SampledReading.From("1234", null, null, null, null, null, null);

        // OCPP 1.6 §7.45 SampledValue defaults.
        Assert.Equal("Energy.Active.Import.Register", reading.Measurand);
        Assert.Equal(string.Empty, reading.Phase);
        Assert.Equal("Outlet", reading.Location);
        Assert.Equal("Sample.Periodic", reading.Context);
        Assert.Equal("Wh", reading.Unit);
        Assert.Equal("Raw", reading.Format);
        Assert.Equal("1234", reading.RawValue);
        Assert.Equal(1234m, reading.Value);
        Assert.Equal(1234, reading.Wh);
    }

    [Fact]
    public void From_AllFieldsGiven_KeptAsSent()
    {
        var reading = SampledReading.From("230.1", "Voltage", "L1-N", "Inlet", "Transaction.Begin", "V", "Raw");

        Assert.Equal(
            ("Voltage", "L1-N", "Inlet", "Transaction.Begin", "V", "Raw"),
            (reading.Measurand, reading.Phase, reading.Location, reading.Context, reading.Unit, reading.Format));
        Assert.Equal(230.1m, reading.Value);
        Assert.Null(reading.Wh);
    }

    [Theory]
    [InlineData("Energy.Active.Import.Register", "Wh")]
    [InlineData("Energy.Active.Export.Register", "Wh")]
    [InlineData("Energy.Active.Import.Interval", "Wh")]
    [InlineData("Energy.Reactive.Import.Register", "varh")]
    [InlineData("Power.Active.Import", "W")]
    [InlineData("Power.Active.Export", "W")]
    [InlineData("SoC", "Percent")]
    [InlineData("Current.Import", "")]
    [InlineData("Voltage", "")]
    [InlineData("Temperature", "")]
    public void From_NoUnit_DefaultUnitForMeasurand(string measurand, string expectedUnit)
    {
        var reading = SampledReading.From("1", measurand, null, null, null, null, null);

        Assert.Equal(expectedUnit, reading.Unit);
    }

    [Theory]
    [InlineData("12.3456", "kWh", 12_346)]
    [InlineData("0.0005", "kWh", 1)] // 0.5 Wh: midpoint rounds away from zero
    [InlineData("0.0004999", "kWh", 0)]
    [InlineData("0.0025", "kWh", 3)] // 2.5 Wh: away from zero, not to even
    [InlineData("-0.0005", "kWh", -1)]
    [InlineData("1000", "kWh", 1_000_000)]
    [InlineData("1.5e1", "kWh", 15_000)]
    [InlineData("12", "Wh", 12)]
    [InlineData("12.5", "Wh", 13)]
    [InlineData("12.4999", "Wh", 12)]
    [InlineData(" 42 ", "Wh", 42)]
    [InlineData("9223372036854775807", "Wh", long.MaxValue)]
    public void From_EnergyValue_ConvertedToWholeWh(string raw, string unit, long expectedWh)
    {
        var reading = SampledReading.From(raw, "Energy.Active.Import.Register", null, null, null, unit, null);

        Assert.Equal(expectedWh, reading.Wh);
    }

    [Theory]
    [InlineData("Energy.Active.Import.Register", "12", "varh")]
    [InlineData("Energy.Active.Import.Register", "12", "W")]
    [InlineData("Energy.Reactive.Import.Register", "12", "kvarh")]
    [InlineData("Power.Active.Import", "12", "W")]
    [InlineData("SoC", "12", "Percent")]
    public void From_NotActiveEnergyInWhOrKWh_NoWh(string measurand, string raw, string unit)
    {
        var reading = SampledReading.From(raw, measurand, null, null, null, unit, null);

        Assert.Equal(12m, reading.Value);
        Assert.Null(reading.Wh);
    }

    [Theory]
    [InlineData("1200", "SignedData")]
    [InlineData("abc", "Raw")]
    [InlineData("", "Raw")]
    [InlineData("1,5", "Raw")]
    [InlineData("1.2.3", "Raw")]
    [InlineData("NaN", "Raw")]
    [InlineData("0x10", "Raw")]
    public void From_SignedDataOrUnparsable_NoValueButRawKept(string raw, string format)
    {
        var reading = SampledReading.From(raw, null, null, null, null, null, format);

        Assert.Null(reading.Value);
        Assert.Null(reading.Wh);
        Assert.Equal(raw, reading.RawValue);
        Assert.Equal(format, reading.Format);
    }

    /// <remarks>
    /// A charger's value is only a string: whatever it holds, reading it must not throw (a throw here turns a
    /// whole MeterValues or StopTransaction into an error and loses its valid samples too).
    /// </remarks>
    [Theory]
    [InlineData("9223372036854775808", "Wh")]
    [InlineData("1e17", "kWh")]
    [InlineData("1e26", "kWh")]
    public void From_EnergyBeyondInt64_NoWhAndNoThrow(string raw, string unit)
    {
        SampledReading? reading = null;

        var error = Record.Exception(() => reading = SampledReading.From(raw, null, null, null, null, unit, null));

        Assert.Null(error);
        Assert.NotNull(reading);
        Assert.NotNull(reading.Value);
        Assert.Null(reading.Wh);
    }

    /// <remarks>As above: an absurd value gives no figure rather than an exception.</remarks>
    [Theory]
    [InlineData("Power.Active.Import", "1e20", "W")]
    [InlineData("SoC", "1e20", "Percent")]
    public void PowerAndSoc_ValueBeyondInt64_NullAndNoThrow(string measurand, string raw, string unit)
    {
        var reading = SampledReading.From(raw, measurand, null, null, null, unit, null);

        var error = Record.Exception(() => (reading.TotalPowerW, reading.SocPercent));

        Assert.Null(error);
        Assert.Null(reading.TotalPowerW);
        Assert.Null(reading.SocPercent);
    }

    [Theory]
    [InlineData("7400", "W", null, 7_400L)]
    [InlineData("7.4", "kW", null, 7_400L)]
    [InlineData("7.4005", "kW", null, 7_401L)]
    [InlineData("0.5", "W", null, 1L)]
    [InlineData("7400", null, null, 7_400L)]
    [InlineData("7400", "W", "L1", null)]
    [InlineData("abc", "W", null, null)]
    public void TotalPowerW_PowerActiveImport_TotalInW(string raw, string? unit, string? phase, long? expected)
    {
        var reading = SampledReading.From(raw, "Power.Active.Import", phase, null, null, unit, null);

        Assert.Equal(expected, reading.TotalPowerW);
    }

    [Theory]
    [InlineData("2300", "W", "L1", 2_300L)]
    [InlineData("2.3", "kW", "L2-N", 2_300L)]
    [InlineData("7400", "W", null, 7_400L)]
    [InlineData("x", "W", "L1", null)]
    public void PowerW_PowerActiveImport_AnyPhaseInW(string raw, string unit, string? phase, long? expected)
    {
        var reading = SampledReading.From(raw, "Power.Active.Import", phase, null, null, unit, null);

        Assert.Equal(expected, reading.PowerW);
    }

    [Theory]
    [InlineData("0.5", 1L)]
    [InlineData("-0.5", -1L)]
    [InlineData("2.5", 3L)]
    [InlineData("2.4999", 2L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("9223372036854775807.4", long.MaxValue)]
    [InlineData("9223372036854775807.5", null)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("-9223372036854775808.5", null)]
    public void ToWhole_Value_HalfAwayFromZeroOrNullBeyondInt64(string value, long? expected)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        var whole = SampledReading.ToWhole(number);

        Assert.Equal(expected, whole);
    }

    [Theory]
    [InlineData("Power.Active.Export")]
    [InlineData("Power.Offered")]
    [InlineData("Energy.Active.Import.Register")]
    public void TotalPowerW_OtherMeasurand_Null(string measurand)
    {
        var reading = SampledReading.From("7400", measurand, null, null, null, "W", null);

        Assert.Null(reading.TotalPowerW);
    }

    [Theory]
    [InlineData("SoC", "42", 42)]
    [InlineData("SoC", "55.5", 56)]
    [InlineData("SoC", "55.49", 55)]
    [InlineData("SoC", "x", null)]
    [InlineData("Energy.Active.Import.Register", "42", null)]
    public void SocPercent_Measurand_WholePercentOnlyForSoc(string measurand, string raw, int? expected)
    {
        var reading = SampledReading.From(raw, measurand, null, "EV", null, null, null);

        Assert.Equal(expected, reading.SocPercent);
    }

    [Theory]
    [InlineData("Energy.Active.Import.Register", null, null, true)]
    [InlineData("Energy.Active.Import.Register", null, "Outlet", true)]
    [InlineData("Energy.Active.Import.Register", null, "Cable", true)]
    [InlineData("Energy.Active.Import.Register", null, "EV", true)]
    [InlineData("Energy.Active.Import.Register", null, "Inlet", false)]
    [InlineData("Energy.Active.Import.Register", null, "Body", false)]
    [InlineData("Energy.Active.Import.Register", "L1", null, false)]
    [InlineData("Energy.Active.Export.Register", null, null, false)]
    [InlineData("Energy.Active.Import.Interval", null, null, false)]
    public void IsBillingRegister_MeasurandPhaseLocation_OnlyTheTotalImportRegister(string measurand, string? phase, string? location, bool expected)
    {
        var reading = SampledReading.From("100", measurand, phase, location, null, null, null);

        Assert.Equal(expected, reading.IsBillingRegister);
    }
}
