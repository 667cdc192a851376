using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Tests.Core.Revenue.Reports;

/// <summary>Reads a report's cells by column key, so tests name what they check.</summary>
internal static class ReportAssert
{
    public static object? Cell(this ReportResult report, int row, string column) => report.Rows[row].Values[report.ColumnIndex(column)];

    public static object? TotalCell(this ReportResult report, string column) => report.Total!.Values[report.ColumnIndex(column)];

    public static List<object?> Column(this ReportResult report, string column) => report.Rows.Select(r => r.Values[report.ColumnIndex(column)]).ToList();

    public static ReportFigure Figure(this ReportResult report, string title) => report.Figures.Single(f => f.Title == title);

    /// <summary>Every row has a value per column, of the type the column's kind promises.</summary>
    public static void ValuesMatchColumns(this ReportResult report)
    {
        foreach (var row in report.Rows.Append(report.Total).OfType<ReportRow>())
        {
            Assert.Equal(report.Columns.Count, row.Values.Count);
            for (var i = 0; i < row.Values.Count; i++)
            {
                var expected = report.Columns[i].Kind switch
                {
                    ReportValueKind.Text => typeof(string),
                    ReportValueKind.Date => typeof(DateOnly),
                    ReportValueKind.Count => typeof(long),
                    _ => typeof(decimal),
                };
                Assert.True(row.Values[i] is null || row.Values[i]!.GetType() == expected, $"{report.Columns[i].Key}: {row.Values[i]?.GetType().Name} is not {expected.Name}");
            }
        }
    }
}
