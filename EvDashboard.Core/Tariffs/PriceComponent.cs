namespace EvDashboard.Core.Tariffs;

/// <summary>One price of a component, with the times (and, for energy, the kWh range) it applies to.</summary>
public sealed record PriceComponent(decimal Price, PriceRestriction? Restriction = null);
