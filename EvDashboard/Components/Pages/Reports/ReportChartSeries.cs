using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Components.Pages.Reports;

/// <summary>A series drawn from one report column: as columns or a line, in a colour; comparison series are grey and dashed.</summary>
public sealed record ReportChartSeries(ReportColumn Column, IReadOnlyList<ReportChartPoint> Points, bool AsLine, bool IsComparison, string Colour)
{
    public string Title => ReportText.Heading(Column);

    /// <summary>
    /// The contract names no series role, so the column's key and title tell: the comparison period's columns are called
    /// "previous…" or "… last year", a trend column "…trend…".
    /// </summary>
    public static bool LooksLikeComparison(ReportColumn column) =>
        Contains(column, "previous") || Contains(column, "last year") || Contains(column, "lastYear");

    public static bool LooksLikeTrend(ReportColumn column) => Contains(column, "trend");

    private static bool Contains(ReportColumn column, string word) =>
        column.Key.Contains(word, StringComparison.OrdinalIgnoreCase) || column.Title.Contains(word, StringComparison.OrdinalIgnoreCase);
}
