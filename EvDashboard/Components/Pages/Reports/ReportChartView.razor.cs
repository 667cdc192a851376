using System.Globalization;
using EvDashboard.Core.Revenue.Reports;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Reports;

/// <summary>
/// A report's chart from <see cref="ReportResult.Chart"/>: the label column gives the categories, each series column a
/// bar or line series (trend columns always a line, comparison columns grey and dashed), axis titles carry the units.
/// </summary>
public sealed partial class ReportChartView
{
    private static readonly string[] Palette = ["#1565c0", "#2e7d32", "#6a1b9a", "#00838f"];
    private const string TrendColour = "#ef6c00";
    private const string ComparisonColour = "#616161";

    private List<ReportChartSeries> _series = [];
    private int _rows;
    private string _categoryTitle = string.Empty;
    private string _valueTitle = string.Empty;
    private int _decimals;

    [Parameter, EditorRequired]
    public ReportResult Result { get; set; } = default!;

    [Parameter]
    public int Height { get; set; } = 340;

    private string Caption => $"{Result.Title} · {ReportText.Range(Result.Request.From, Result.Request.To)}";

    protected override void OnParametersSet()
    {
        var labelColumn = Result.Columns[Result.ColumnIndex(Result.Chart.LabelColumn)];
        var labels = Result.Rows.Select(r => Label(r.Values[Result.ColumnIndex(Result.Chart.LabelColumn)])).ToList();
        _rows = labels.Count;
        _categoryTitle = labelColumn.Title;
        _series = Result.Chart.SeriesColumns.Select((key, i) => Series(key, i, labels)).ToList();
        var units = _series.Select(s => s.Column.Unit).Where(u => !string.IsNullOrEmpty(u)).Distinct().ToList();
        _valueTitle = units.Count == 0 ? string.Join(" · ", _series.Select(s => s.Column.Title).Distinct()) : string.Join(" · ", units);
        // Axis labels need no more precision than the scale: whole numbers from 10 up, the column's decimals (at most 2) below.
        var largest = _series.SelectMany(s => s.Points).Select(p => Math.Abs(p.Value)).DefaultIfEmpty(0).Max();
        _decimals = largest >= 10 || _series.Count == 0 ? 0 : Math.Min(2, _series.Max(s => s.Column.Decimals));
    }

    private ReportChartSeries Series(string key, int position, List<string> labels)
    {
        var index = Result.ColumnIndex(key);
        var column = Result.Columns[index];
        var points = Result.Rows.Select((row, i) => new ReportChartPoint(labels[i], ReportText.ChartValue(row.Values[index]))).ToList();
        var comparison = ReportChartSeries.LooksLikeComparison(column);
        var trend = ReportChartSeries.LooksLikeTrend(column);
        var colour = comparison ? ComparisonColour : trend ? TrendColour : Palette[position % Palette.Length];
        return new ReportChartSeries(column, points, trend || Result.Chart.Kind == ReportChartKind.Line, comparison, colour);
    }

    /// <summary>Short category labels: "3 Nov" within a year, "3 Nov 25" when the range spans years, texts as they are.</summary>
    private string Label(object? value) => value switch
    {
        DateOnly date => date.ToString(Result.Request.From.Year == Result.Request.To.Year ? "d MMM" : "d MMM yy", CultureInfo.InvariantCulture),
        null => "—",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private string FormatValue(object value) =>
        ReportText.Number(Convert.ToDecimal(value, CultureInfo.InvariantCulture), _decimals);

    private static string Tooltip(ReportChartSeries series, ReportChartPoint point) =>
        $"{point.Label}: {ReportText.WithUnit((decimal)point.Value, series.Column.Decimals, series.Column.Unit)} ({series.Column.Title})";
}
