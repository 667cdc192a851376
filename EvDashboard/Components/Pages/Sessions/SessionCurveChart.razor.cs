using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>Power (kW) with SoC (%) on a second axis, and energy (kWh), over the site's local time.</summary>
public sealed partial class SessionCurveChart
{
    private List<ChartPoint> _power = [];
    private List<ChartPoint> _energy = [];
    private List<ChartPoint> _soc = [];
    private IReadOnlyList<SessionCurvePoint>? _shown;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<SessionCurvePoint> Points { get; set; } = [];

    [Parameter]
    public bool HasSoc { get; set; }

    [Parameter]
    public bool DerivedPower { get; set; }

    /// <summary>Ties the crosshairs of the two charts together (one group per session).</summary>
    [Parameter]
    public int GroupKey { get; set; }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Points, _shown))
        {
            return;
        }

        _shown = Points;
        // Charts plot the site's local wall-clock time; values in kW, kWh and %.
        _power = [.. Points.Where(p => p.PowerW is not null).Select(p => new ChartPoint(Local(p.Timestamp), p.PowerW!.Value / 1000d))];
        _energy = [.. Points.Where(p => p.EnergyWh is not null).Select(p => new ChartPoint(Local(p.Timestamp), p.EnergyWh!.Value / 1000d))];
        _soc = [.. Points.Where(p => p.SocPercent is not null).Select(p => new ChartPoint(Local(p.Timestamp), p.SocPercent!.Value))];
    }

    private DateTime Local(DateTimeOffset at) => Clock.ToLocal(at).DateTime;

    private sealed record ChartPoint(DateTime Time, double Value);
}
