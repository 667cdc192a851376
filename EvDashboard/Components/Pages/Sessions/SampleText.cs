using EvDashboard.Core.Sessions.Queries;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>A meter sample's value as the charger sent it, with its unit (OCPP 1.6 §7.45 UnitOfMeasure) in symbols.</summary>
internal static class SampleText
{
    public static string Value(MeterSampleView sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var unit = sample.Unit switch
        {
            "Percent" => "%",
            "Celsius" => "°C",
            "Fahrenheit" => "°F",
            "K" => "K",
            _ => sample.Unit,
        };
        return string.IsNullOrEmpty(unit) ? sample.Value : $"{sample.Value} {unit}";
    }
}
