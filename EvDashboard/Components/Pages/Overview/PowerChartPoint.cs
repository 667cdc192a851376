namespace EvDashboard.Components.Pages.Overview;

/// <summary>One point of the power chart: the bucket's start in the site's local time (what the axis shows) and its average power in kW.</summary>
internal sealed record PowerChartPoint(DateTime Time, double Kw);
