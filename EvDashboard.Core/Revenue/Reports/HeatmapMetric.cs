namespace EvDashboard.Core.Revenue.Reports;

/// <summary>What a weekday × hour heatmap cell shows: average energy per hour (kWh), sessions started per hour, or occupancy (% of connector time).</summary>
public enum HeatmapMetric
{
    Energy,
    Sessions,
    Occupancy,
}
