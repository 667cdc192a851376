namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// One line of a cost breakdown: a component in one price band. Quantity is in <see cref="Unit"/> (kWh, h, min,
/// session) after step rounding; AmountMinor is this line's share of the once-rounded net price, so the lines
/// always add up to the net total. Band describes the restriction ("Mon–Fri 07:00–22:00", "up to 20 kWh"), or null.
/// </summary>
public sealed record CostLine(CostComponent Component, string Description, decimal Quantity, string Unit, decimal UnitPrice, long AmountMinor, string? Band = null);
