using EvDashboard.Components.Pages.Tariffs;
using EvDashboard.Core.Tariffs;
using EvDashboard.Tests.Core.Tariffs;

namespace EvDashboard.Tests.Web.Tariffs;

public sealed class TariffDraftTests
{
    [Fact]
    public void Check_DraftOfAStoredTariff_SameDefinitionSoSavingMakesNoVersion()
    {
        var stored = TariffSamples.Standard with
        {
            ChargingTime = [new PriceComponent(1.5m, new PriceRestriction([DayOfWeek.Saturday, DayOfWeek.Sunday], new TimeOnly(22, 0), new TimeOnly(0, 0)))],
            Energy = [new PriceComponent(0.25m, new PriceRestriction(MaxEnergyWh: 20_000)), new PriceComponent(0.35m)],
            MaximumPrice = 80m,
        };

        var (definition, errors) = TariffDraft.From("Standard", null, stored).Check();

        Assert.True(errors.IsEmpty);
        Assert.Equal(TariffJson.Serialize(stored), TariffJson.Serialize(definition!));
    }

    [Fact]
    public void Check_EndTyped2400_MidnightAtTheEndOfTheDay()
    {
        var draft = TariffDraft.New();
        draft.Name = "Evening";
        draft.Energy[0].StartTime = "18:00";
        draft.Energy[0].EndTime = "24:00";

        var (definition, _) = draft.Check();

        Assert.Equal(new PriceRestriction(StartTime: new TimeOnly(18, 0), EndTime: TimeOnly.MinValue), definition!.Energy[0].Restriction);
    }
}
