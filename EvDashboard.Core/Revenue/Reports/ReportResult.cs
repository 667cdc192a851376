namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// A finished report, the one shape every page, API answer and export (JSON, CSV, XLSX, PDF) is made from.
/// <paramref name="Filters"/> are human-readable lines ("Range: 1 Oct 2026 – 31 Oct 2026 (Europe/Berlin)").
/// <paramref name="Total"/> is null when a total makes no sense (e.g. percentages only). <paramref name="Rows"/> is
/// empty for an empty range; pages then say so. Rows are few (at most one per day or per connector), so they are a list.
/// </summary>
public sealed record ReportResult(
    ReportRequest Request,
    string Title,
    IReadOnlyList<string> Filters,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportRow> Rows,
    ReportRow? Total,
    IReadOnlyList<ReportFigure> Figures,
    ReportChart Chart)
{
    public bool IsEmpty => Rows.Count == 0;

    public int ColumnIndex(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }

        throw new ArgumentException($"The report has no column '{key}'.", nameof(key));
    }
}
