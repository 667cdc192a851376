namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>A cost line before rounding: its exact amount in major units.</summary>
internal readonly record struct PricedLine(
    CostComponent Component,
    string Description,
    decimal Quantity,
    string Unit,
    decimal UnitPrice,
    decimal Amount,
    string? Band)
{
    /// <summary>A whole-session adjustment (idle fee cap, minimum or maximum price): quantity 1, priced at its amount.</summary>
    public static PricedLine Adjustment(CostComponent component, string description, decimal amount) =>
        new(component, description, 1m, "session", amount, amount, null);
}
