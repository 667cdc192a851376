using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Demo;

/// <summary>The built-in demo fleet (section "Demo"): simulated charge points that connect to this app's own OCPP endpoint.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Off unless switched on; appsettings.Development.json switches it on so a first run is alive.</summary>
    public bool Enabled { get; set; }

    [Range(1, 200, ErrorMessage = "Demo:ChargePoints must be between 1 and 200.")]
    public int ChargePoints { get; set; } = 12;

    /// <summary>How often a charging connector sends MeterValues (the charger's MeterValueSampleInterval at boot).</summary>
    [Range(1, 3600, ErrorMessage = "Demo:MeterValueIntervalSeconds must be between 1 and 3600.")]
    public int MeterValueIntervalSeconds { get; set; } = 10;
}
