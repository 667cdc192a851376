namespace EvDashboard.Core.Identity;

/// <summary>What a tag has used of its budget in the current period, from <see cref="PeriodStart"/> (UTC) until now.</summary>
public sealed record BudgetUse(TagBudget Budget, DateTimeOffset PeriodStart, long EnergyWh, long CostMinor)
{
    public bool EnergySpent => Budget.EnergyWh is { } limit && EnergyWh >= limit;

    public bool CostSpent => Budget.CostMinor is { } limit && CostMinor >= limit;

    public bool IsSpent => EnergySpent || CostSpent;

    /// <summary>Why the budget blocks the tag, e.g. "kWh budget for this week spent: 52.3 of 50 kWh"; null while it does not.</summary>
    public string? SpentReason()
    {
        var period = Budget.Period switch
        {
            BudgetPeriod.Day => "today",
            BudgetPeriod.Week => "this week",
            _ => "this month",
        };
        if (EnergySpent)
        {
            return $"kWh budget for {period} spent: {BudgetText.Kwh(EnergyWh)} of {BudgetText.Kwh(Budget.EnergyWh!.Value)} kWh";
        }

        return CostSpent
            ? $"Cost budget for {period} spent: {BudgetText.Money(CostMinor)} of {BudgetText.Money(Budget.CostMinor!.Value)} {Budget.Currency}"
            : null;
    }
}
