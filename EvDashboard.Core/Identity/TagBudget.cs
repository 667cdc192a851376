namespace EvDashboard.Core.Identity;

/// <summary>
/// How much a tag may use per period: energy in Wh and/or cost in minor units of <see cref="Currency"/>.
/// A null limit is no limit; a budget without any limit is no budget.
/// </summary>
public sealed record TagBudget(BudgetPeriod Period, long? EnergyWh, long? CostMinor, string? Currency)
{
    public const int CurrencyLength = 3;

    public bool HasLimit => EnergyWh is not null || CostMinor is not null;

    /// <summary>Null when the budget is consistent; otherwise why not, in words for an operator.</summary>
    public string? Problem() => (EnergyWh, CostMinor, Currency) switch
    {
        ( < 1, _, _) => "An energy budget is at least 1 Wh.",
        (_, < 1, _) => "A cost budget is at least 1 minor unit.",
        (_, not null, null) => "A cost budget needs an ISO 4217 currency (e.g. EUR).",
        (_, _, { } c) when c.Length != CurrencyLength || !c.All(char.IsAsciiLetterUpper) => "A currency is three capital letters (ISO 4217, e.g. EUR).",
        (null, null, _) => "A budget needs an energy or a cost limit.",
        _ => null,
    };
}
