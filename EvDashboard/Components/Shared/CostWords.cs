using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Components.Shared;

/// <summary>The words for a cost line's component, for people (the API carries the enum names).</summary>
internal static class CostWords
{
    public static string Component(CostComponent component) => component switch
    {
        CostComponent.StartFee => "Start fee",
        CostComponent.Energy => "Energy",
        CostComponent.ChargingTime => "Charging time",
        CostComponent.Idle => "Idle fee",
        CostComponent.IdleFeeCap => "Idle fee cap",
        CostComponent.MinimumPrice => "Minimum price",
        CostComponent.MaximumPrice => "Maximum price",
        _ => component.ToString(),
    };

    /// <summary>The line's own description when the tariff gives one, else the component's name.</summary>
    public static string Line(CostLine line) =>
        string.IsNullOrWhiteSpace(line.Description) ? Component(line.Component) : line.Description;
}
