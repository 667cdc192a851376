namespace EvDashboard.Core.Tariffs.Administration;

/// <summary>
/// One spelling for equal definitions (0.390 and 0.39, an empty restriction and none, days in any order), so
/// "unchanged" is decided on the stored JSON and a re-save of the same prices adds no version.
/// </summary>
internal static class TariffNormalizer
{
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static TariffDefinition Normalize(TariffDefinition definition) => definition with
    {
        Currency = definition.Currency?.Trim().ToUpperInvariant() ?? string.Empty,
        VatRatePercent = Trim(definition.VatRatePercent),
        StartFees = Entries(definition.StartFees),
        Energy = Entries(definition.Energy),
        ChargingTime = Entries(definition.ChargingTime),
        Idle = Entries(definition.Idle),
        IdleFeeCap = Trim(definition.IdleFeeCap),
        MinimumPrice = Trim(definition.MinimumPrice),
        MaximumPrice = Trim(definition.MaximumPrice),
        Steps = definition.Steps ?? new TariffSteps(),
    };

    private static List<PriceComponent> Entries(IReadOnlyList<PriceComponent>? entries) =>
        entries is null ? [] : entries.Select(e => e is null ? null! : new PriceComponent(Trim(e.Price), Restriction(e.Restriction))).ToList();

    private static PriceRestriction? Restriction(PriceRestriction? restriction)
    {
        if (restriction is null)
        {
            return null;
        }

        // Days stay as given when they repeat or fall outside the week, so the validator can name the mistake.
        var days = restriction.Days is { Count: > 0 } given && given.Distinct().Count() == given.Count && given.All(Enum.IsDefined)
            ? Week.Where(given.Contains).ToList()
            : restriction.Days is { Count: > 0 } ? restriction.Days : null;
        // All seven days is every day: stored as no day limit, as the editor shows it.
        var normalized = restriction with { Days = days is { Count: 7 } ? null : days };
        return normalized is { Days: null, StartTime: null, EndTime: null, MinEnergyWh: null, MaxEnergyWh: null } ? null : normalized;
    }

    // Dividing by 1.000…0 drops trailing zeros from a decimal's scale without changing its value.
    private static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    private static decimal? Trim(decimal? value) => value is { } v ? Trim(v) : null;
}
