using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;

namespace EvDashboard.Components.Pages.Tariffs;

/// <summary>The editor's working copy of a tariff; <see cref="Check"/> turns it into a definition and every message the page shows.</summary>
public sealed class TariffDraft
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string Currency { get; set; } = "EUR";

    public decimal? VatRatePercent { get; set; } = 19m;

    public List<PriceEntryDraft> StartFees { get; } = [];

    public List<PriceEntryDraft> Energy { get; } = [];

    public List<PriceEntryDraft> ChargingTime { get; } = [];

    public List<PriceEntryDraft> Idle { get; } = [];

    public int? IdleGraceMinutes { get; set; } = 0;

    public decimal? IdleFeeCap { get; set; }

    public decimal? MinimumPrice { get; set; }

    public decimal? MaximumPrice { get; set; }

    public long? EnergyStepWh { get; set; } = 1;

    public int? ChargingStepSeconds { get; set; } = 60;

    public int? IdleStepSeconds { get; set; } = 60;

    /// <summary>A new tariff starts with one energy price, the component nearly every tariff has.</summary>
    public static TariffDraft New()
    {
        var draft = new TariffDraft();
        draft.Energy.Add(new PriceEntryDraft { Price = 0.39m });
        return draft;
    }

    public static TariffDraft From(string name, string? description, TariffDefinition definition)
    {
        var draft = new TariffDraft
        {
            Name = name,
            Description = description,
            Currency = definition.Currency,
            VatRatePercent = definition.VatRatePercent,
            IdleGraceMinutes = definition.IdleGraceMinutes,
            IdleFeeCap = definition.IdleFeeCap,
            MinimumPrice = definition.MinimumPrice,
            MaximumPrice = definition.MaximumPrice,
            EnergyStepWh = definition.Steps.EnergyWh,
            ChargingStepSeconds = definition.Steps.ChargingTimeSeconds,
            IdleStepSeconds = definition.Steps.IdleSeconds,
        };
        draft.StartFees.AddRange(definition.StartFees.Select(PriceEntryDraft.From));
        draft.Energy.AddRange(definition.Energy.Select(PriceEntryDraft.From));
        draft.ChargingTime.AddRange(definition.ChargingTime.Select(PriceEntryDraft.From));
        draft.Idle.AddRange(definition.Idle.Select(PriceEntryDraft.From));
        return draft;
    }

    /// <summary>The definition (null when a field cannot even be read) and every message: unreadable input, then the validator's rules.</summary>
    public (TariffDefinition? Definition, TariffErrors Errors) Check()
    {
        var errors = TariffValidator.ValidateName(Name, Description);
        var parse = new TariffErrors();
        Require(parse, "VatRatePercent", VatRatePercent, "Enter the VAT rate (0 when none).");
        Require(parse, "IdleGraceMinutes", IdleGraceMinutes, "Enter the grace period (0 for none).");
        Require(parse, "Steps.EnergyWh", EnergyStepWh, "Enter the energy step (1 Wh bills exactly).");
        Require(parse, "Steps.ChargingTimeSeconds", ChargingStepSeconds, "Enter the charging-time step in seconds.");
        Require(parse, "Steps.IdleSeconds", IdleStepSeconds, "Enter the idle step in seconds.");
        var definition = new TariffDefinition
        {
            Currency = Currency,
            VatRatePercent = VatRatePercent ?? 0m,
            StartFees = Components("StartFees", StartFees, parse),
            Energy = Components("Energy", Energy, parse),
            ChargingTime = Components("ChargingTime", ChargingTime, parse),
            Idle = Components("Idle", Idle, parse),
            IdleGraceMinutes = IdleGraceMinutes ?? 0,
            IdleFeeCap = IdleFeeCap,
            MinimumPrice = MinimumPrice,
            MaximumPrice = MaximumPrice,
            Steps = new TariffSteps(EnergyStepWh ?? 1, ChargingStepSeconds ?? 1, IdleStepSeconds ?? 60),
        };
        errors.AddRange(parse);
        var rules = TariffValidator.Validate(definition);
        foreach (var field in rules.Fields.Where(f => parse.For(f) is null))
        {
            errors.Add(field, rules.For(field)!);
        }

        return (parse.IsEmpty ? definition : null, errors);
    }

    private static List<PriceComponent> Components(string name, List<PriceEntryDraft> entries, TariffErrors errors) =>
        entries.Select((e, i) => e.ToComponent($"{name}[{i}]", errors)).ToList();

    private static void Require<T>(TariffErrors errors, string field, T? value, string message)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(field, message);
        }
    }
}
