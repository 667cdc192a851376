using System.ComponentModel;
using EvDashboard.Components.Shared;
using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Api;

/// <summary>One line of a session's cost: a price component in one band.</summary>
internal sealed record SessionCostLineResponse(
    CostComponent Component,
    string Description,
    [property: Description("The restriction the line is priced under (\"Mon–Fri 07:00–22:00\", \"first 20 kWh\"), or null.")] string? Band,
    [property: Description("In unit, after step rounding.")] decimal Quantity,
    [property: Description("kWh, h, min or session.")] string Unit,
    [property: Description("Major units of the currency per unit, excluding VAT.")] decimal UnitPrice,
    [property: Description("Major units, excluding VAT; the lines add up to net.")] decimal Amount,
    long AmountMinor)
{
    public static SessionCostLineResponse From(CostLine line, string currency)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new SessionCostLineResponse(
            line.Component, line.Description, line.Band, line.Quantity, line.Unit, line.UnitPrice, Money.Major(line.AmountMinor, currency), line.AmountMinor);
    }
}
