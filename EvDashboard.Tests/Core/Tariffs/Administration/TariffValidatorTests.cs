using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;

namespace EvDashboard.Tests.Core.Tariffs.Administration;

public sealed class TariffValidatorTests
{
    private static readonly PriceComponent Base = new(0.39m);

    public static TheoryData<string, TariffDefinition, string> Broken => new()
    {
        { "unknown currency", TariffSamples.EnergyOnly(0.39m, "EUROS"), "Currency" },
        { "negative price", Energy(new PriceComponent(-0.01m)), "Energy[0].Price" },
        { "seven decimals", Energy(Base, new PriceComponent(0.1234567m)), "Energy[1].Price" },
        { "price at the maximum", Energy(new PriceComponent(TariffValidator.MaxPrice)), "Energy[0].Price" },
        { "VAT above 100", TariffSamples.EnergyOnly(0.39m) with { VatRatePercent = 100.01m }, "VatRatePercent" },
        { "VAT with 3 decimals", TariffSamples.EnergyOnly(0.39m) with { VatRatePercent = 7.125m }, "VatRatePercent" },
        { "seconds in a time", Energy(Band(new TimeOnly(7, 0, 30), new TimeOnly(22, 0))), "Energy[0].Restriction.StartTime" },
        { "band ends where it starts", Energy(Base, Band(new TimeOnly(7, 0), new TimeOnly(7, 0))), "Energy[1].Restriction.EndTime" },
        { "range ends below its start", Energy(Range(20_000, 10_000)), "Energy[0].Restriction.MaxEnergyWh" },
        { "range starts below 0", Energy(Range(-1, 10_000)), "Energy[0].Restriction.MinEnergyWh" },
        { "kWh range on a time price", TariffSamples.EnergyOnly(0.39m) with { ChargingTime = [Range(0, 10_000)] }, "ChargingTime[0].Restriction.MinEnergyWh" },
        { "a day twice", Energy(new PriceComponent(0.3m, new PriceRestriction([DayOfWeek.Monday, DayOfWeek.Monday]))), "Energy[0].Restriction.Days" },
        { "energy step 0", TariffSamples.EnergyOnly(0.39m) with { Steps = new TariffSteps(EnergyWh: 0) }, "Steps.EnergyWh" },
        { "energy step above 100 kWh", TariffSamples.EnergyOnly(0.39m) with { Steps = new TariffSteps(EnergyWh: 100_001) }, "Steps.EnergyWh" },
        { "time step above an hour", TariffSamples.EnergyOnly(0.39m) with { Steps = new TariffSteps(ChargingTimeSeconds: 3601) }, "Steps.ChargingTimeSeconds" },
        { "idle step 0", TariffSamples.EnergyOnly(0.39m) with { Steps = new TariffSteps(IdleSeconds: 0) }, "Steps.IdleSeconds" },
        { "grace above a day", TariffSamples.EnergyOnly(0.39m) with { IdleGraceMinutes = 1441 }, "IdleGraceMinutes" },
        { "negative idle cap", TariffSamples.EnergyOnly(0.39m) with { IdleFeeCap = -1m }, "IdleFeeCap" },
        { "maximum below minimum", TariffSamples.EnergyOnly(0.39m) with { MinimumPrice = 5m, MaximumPrice = 4m }, "MaximumPrice" },
        { "no price at all", new TariffDefinition { Currency = "EUR" }, "Components" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenRule_ErrorOnTheFieldOnly(string rule, TariffDefinition definition, string field)
    {
        var errors = TariffValidator.Validate(definition);

        Assert.True(errors.For(field) is { Length: > 0 }, rule);
        Assert.Equal([field], errors.Fields);
    }

    [Fact]
    public void Validate_FullTariff_NoErrors()
    {
        var definition = TariffSamples.Standard with
        {
            ChargingTime = [new PriceComponent(1.5m, new PriceRestriction([DayOfWeek.Saturday, DayOfWeek.Sunday], new TimeOnly(22, 0), new TimeOnly(0, 0)))],
            Energy = [new PriceComponent(0.25m, new PriceRestriction(MaxEnergyWh: 20_000)), new PriceComponent(0.35m, new PriceRestriction(MinEnergyWh: 20_000))],
            MinimumPrice = 2m,
            MaximumPrice = 80m,
            Steps = new TariffSteps(EnergyWh: 100_000, ChargingTimeSeconds: 3600, IdleSeconds: 60),
            VatRatePercent = 7.75m,
        };

        Assert.True(TariffValidator.Validate(definition).IsEmpty);
    }

    [Theory]
    [InlineData("", "Name")]
    [InlineData("   ", "Name")]
    public void ValidateName_Blank_NameError(string name, string field)
    {
        var errors = TariffValidator.ValidateName(name, null);

        Assert.Equal("Give the tariff a name.", errors.For(field));
    }

    [Fact]
    public void ValidateName_101Characters_TooLong()
    {
        var errors = TariffValidator.ValidateName(new string('x', 101), null);

        Assert.StartsWith("A name has at most 100 characters", errors.For("Name"), StringComparison.Ordinal);
        Assert.True(TariffValidator.ValidateName(new string('x', 100), null).IsEmpty);
    }

    private static TariffDefinition Energy(params PriceComponent[] entries) => TariffSamples.EnergyOnly(0m) with { Energy = entries };

    private static PriceComponent Band(TimeOnly start, TimeOnly end) => new(0.3m, new PriceRestriction(StartTime: start, EndTime: end));

    private static PriceComponent Range(long min, long max) => new(0.3m, new PriceRestriction(MinEnergyWh: min, MaxEnergyWh: max));
}
