using EvDashboard.Core.Common;

namespace EvDashboard.Core.Tariffs.Administration;

/// <summary>
/// The rules a tariff must meet before it is stored: one place for the API, the editor (as you type) and the
/// administration service. Messages say what is wrong and what is allowed, in the operator's words.
/// </summary>
public static class TariffValidator
{
    /// <summary>Far above any real price, low enough that a slipped digit (39 instead of 0.39 is fine, 3900000 is not) is caught.</summary>
    public const decimal MaxPrice = 100_000m;

    public const int MaxPriceDecimals = 6;

    public const long MaxEnergyStepWh = 100_000;

    public const int MaxTimeStepSeconds = 3600;

    public const int MaxGraceMinutes = 1440;

    public static TariffErrors ValidateName(string? name, string? description)
    {
        var errors = new TariffErrors();
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add("Name", "Give the tariff a name.");
        }
        else if (trimmed.Length > Tariff.MaxNameLength)
        {
            errors.Add("Name", $"A name has at most {Tariff.MaxNameLength} characters (this one has {trimmed.Length}).");
        }

        if (description?.Trim().Length > Tariff.MaxDescriptionLength)
        {
            errors.Add("Description", $"A description has at most {Tariff.MaxDescriptionLength} characters.");
        }

        return errors;
    }

    public static TariffErrors Validate(TariffDefinition? definition)
    {
        var errors = new TariffErrors();
        if (definition is null)
        {
            errors.Add("Definition", "The tariff's prices are missing.");
            return errors;
        }

        if (!Currency.TryFind(definition.Currency, out _))
        {
            errors.Add("Currency", $"'{definition.Currency}' is not a supported ISO 4217 currency code (e.g. EUR, GBP, CHF).");
        }

        CheckVat(errors, definition.VatRatePercent);
        CheckComponent(errors, "StartFees", definition.StartFees, allowsEnergyRange: false);
        CheckComponent(errors, "Energy", definition.Energy, allowsEnergyRange: true);
        CheckComponent(errors, "ChargingTime", definition.ChargingTime, allowsEnergyRange: false);
        CheckComponent(errors, "Idle", definition.Idle, allowsEnergyRange: false);
        if (definition.StartFees.Count + definition.Energy.Count + definition.ChargingTime.Count + definition.Idle.Count == 0)
        {
            errors.Add("Components", "Add at least one price: a start fee, an energy, charging-time or idle price.");
        }

        CheckLimits(errors, definition);
        CheckSteps(errors, definition.Steps);
        return errors;
    }

    private static void CheckVat(TariffErrors errors, decimal vat)
    {
        if (vat is < 0 or > 100)
        {
            errors.Add("VatRatePercent", "VAT is a percentage from 0 to 100.");
        }
        else if (decimal.Round(vat, 2) != vat)
        {
            errors.Add("VatRatePercent", "VAT has at most 2 decimals (e.g. 7.75).");
        }
    }

    private static void CheckComponent(TariffErrors errors, string name, IReadOnlyList<PriceComponent>? entries, bool allowsEnergyRange)
    {
        if (entries is null)
        {
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"{name}[{i}]";
            if (entries[i] is not { } entry)
            {
                errors.Add(path, "This price is empty.");
                continue;
            }

            CheckPrice(errors, path + ".Price", entry.Price);
            if (entry.Restriction is { } restriction)
            {
                TariffRestrictionRules.Check(errors, path + ".Restriction", restriction, allowsEnergyRange);
            }
        }
    }

    private static void CheckLimits(TariffErrors errors, TariffDefinition definition)
    {
        if (definition.IdleGraceMinutes is < 0 or > MaxGraceMinutes)
        {
            errors.Add("IdleGraceMinutes", $"The grace period is 0 to {MaxGraceMinutes} minutes (24 h).");
        }

        CheckOptionalPrice(errors, "IdleFeeCap", definition.IdleFeeCap);
        CheckOptionalPrice(errors, "MinimumPrice", definition.MinimumPrice);
        CheckOptionalPrice(errors, "MaximumPrice", definition.MaximumPrice);
        if (definition is { MinimumPrice: { } min, MaximumPrice: { } max } && min > max)
        {
            errors.Add("MaximumPrice", "The maximum price must not be below the minimum price.");
        }
    }

    private static void CheckSteps(TariffErrors errors, TariffSteps? steps)
    {
        if (steps is null)
        {
            errors.Add("Steps", "The billing steps are missing.");
            return;
        }

        if (steps.EnergyWh is < 1 or > MaxEnergyStepWh)
        {
            errors.Add("Steps.EnergyWh", $"The energy step is 1 to {MaxEnergyStepWh} Wh (1 Wh bills exactly; 1000 Wh per started kWh).");
        }

        if (steps.ChargingTimeSeconds is < 1 or > MaxTimeStepSeconds)
        {
            errors.Add("Steps.ChargingTimeSeconds", $"The charging-time step is 1 to {MaxTimeStepSeconds} seconds (60 bills per started minute).");
        }

        if (steps.IdleSeconds is < 1 or > MaxTimeStepSeconds)
        {
            errors.Add("Steps.IdleSeconds", $"The idle step is 1 to {MaxTimeStepSeconds} seconds (60 bills per started minute).");
        }
    }

    private static void CheckOptionalPrice(TariffErrors errors, string path, decimal? price)
    {
        if (price is { } value)
        {
            CheckPrice(errors, path, value);
        }
    }

    internal static void CheckPrice(TariffErrors errors, string path, decimal price)
    {
        if (price < 0)
        {
            errors.Add(path, "A price cannot be negative.");
        }
        else if (price >= MaxPrice)
        {
            errors.Add(path, $"A price must be below {MaxPrice:0} (check the decimal point).");
        }
        else if (decimal.Round(price, MaxPriceDecimals) != price)
        {
            errors.Add(path, $"A price has at most {MaxPriceDecimals} decimals.");
        }
    }
}
