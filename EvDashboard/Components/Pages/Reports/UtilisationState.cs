using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Components.Pages.Reports;

/// <summary>
/// A connector state in the utilisation chart, its report column found by name, and its colour — the hex values of the
/// state colours in wwwroot/app.css (SVG fill attributes cannot read CSS variables); "occupied" is the suspended colour,
/// and unavailable is a lighter grey than app.css's so that it stays apart from offline, its neighbour in the stack.
/// </summary>
internal sealed record UtilisationState(string Name, string Colour)
{
    public static readonly IReadOnlyList<UtilisationState> All =
    [
        new("Charging", "#1565c0"),
        new("Occupied", "#ef6c00"),
        new("Available", "#2e7d32"),
        new("Faulted", "#c62828"),
        new("Unavailable", "#9e9e9e"),
        new("Offline", "#424242"),
    ];

    /// <summary>A percent column whose key or title starts with the state's name ("chargingPercent", "Charging").</summary>
    public bool Matches(ReportColumn column) =>
        column.Kind == ReportValueKind.Percent
        && (column.Key.StartsWith(Name, StringComparison.OrdinalIgnoreCase) || column.Title.StartsWith(Name, StringComparison.OrdinalIgnoreCase));
}
