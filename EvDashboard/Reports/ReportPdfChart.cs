using EvDashboard.Core.Revenue.Reports;
using PdfSharp.Drawing;

namespace EvDashboard.Reports;

/// <summary>
/// The report's chart drawn with XGraphics: bars (grouped, one per series) or lines, a y axis with gridlines at round
/// steps labelled with the unit, category labels thinned so they never overlap, and a legend. The second series is
/// the comparison period's.
/// </summary>
internal static class ReportPdfChart
{
    private const double Height = 190;

    private static readonly XFont Small = ReportPdfWriter.Font(7);
    private static readonly XColor[] Colors = [XColor.FromArgb(25, 118, 210), XColor.FromArgb(255, 152, 0), XColor.FromArgb(67, 160, 71)];

    public static void Draw(ReportPdfCanvas canvas, ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(report);
        var series = report.Chart.SeriesColumns.Where(key => report.Columns.Any(c => c.Key == key)).Select(report.ColumnIndex).Take(Colors.Length).ToList();
        if (series.Count == 0 || report.Rows.Count == 0)
        {
            return;
        }

        canvas.Ensure(Height + 10);
        var g = canvas.Graphics;
        var labelColumn = report.ColumnIndex(report.Chart.LabelColumn);
        var labels = report.Rows.Select(r => ReportCells.Display(labelColumn < r.Values.Count ? r.Values[labelColumn] : null, report.Columns[labelColumn])).ToList();
        var values = series.Select(s => report.Rows.Select(r => (double?)ReportCells.Number(s < r.Values.Count ? r.Values[s] : null)).ToArray()).ToList();
        var axis = ChartAxis.For(values.SelectMany(v => v).OfType<double>(), report.Columns[series[0]].Unit);
        var top = canvas.Y + 14;
        var axisWidth = axis.Ticks.Max(t => g.MeasureString(axis.Label(t), Small).Width) + 6;
        var plot = new XRect(canvas.Left + axisWidth, top, canvas.ContentWidth - axisWidth, Height - 30);
        Legend(g, report, series, canvas.Left, canvas.Y, canvas.ContentWidth);
        Grid(g, axis, plot);
        if (report.Chart.Kind == ReportChartKind.Line)
        {
            Lines(g, values, axis, plot);
        }
        else
        {
            Bars(g, values, axis, plot);
        }

        CategoryLabels(g, labels, plot);
        canvas.Y += Height + 10;
    }

    private static void Legend(XGraphics g, ReportResult report, List<int> series, double left, double y, double width)
    {
        var x = left + width;
        for (var i = series.Count - 1; i >= 0; i--)
        {
            var text = ReportCells.Header(report.Columns[series[i]]);
            x -= g.MeasureString(text, Small).Width;
            g.DrawString(text, Small, XBrushes.Black, new XPoint(x, y + 7));
            x -= 12;
            g.DrawRectangle(new XSolidBrush(Colors[i]), x, y + 1, 8, 7);
            x -= 12;
        }
    }

    private static void Grid(XGraphics g, ChartAxis axis, XRect plot)
    {
        var grid = new XPen(XColor.FromArgb(224, 224, 224), 0.5);
        foreach (var tick in axis.Ticks)
        {
            var y = axis.Y(tick, plot);
            g.DrawLine(tick == 0 ? new XPen(XColors.Gray, 0.8) : grid, plot.Left, y, plot.Right, y);
            g.DrawString(axis.Label(tick), Small, XBrushes.Gray, new XRect(plot.Left - 200 - 4, y - 4, 200, 8), XStringFormats.CenterRight);
        }

        g.DrawLine(new XPen(XColors.Gray, 0.8), plot.Left, plot.Top, plot.Left, plot.Bottom);
    }

    private static void Bars(XGraphics g, List<double?[]> values, ChartAxis axis, XRect plot)
    {
        var count = values[0].Length;
        var group = plot.Width / count;
        var bar = group * 0.8 / values.Count;
        var zero = axis.Y(0, plot);
        for (var s = 0; s < values.Count; s++)
        {
            var brush = new XSolidBrush(Colors[s]);
            for (var i = 0; i < count; i++)
            {
                if (values[s][i] is not { } value)
                {
                    continue;
                }

                var y = axis.Y(value, plot);
                var x = plot.Left + (i * group) + (group * 0.1) + (s * bar);
                g.DrawRectangle(brush, x, Math.Min(y, zero), Math.Max(bar, 0.5), Math.Abs(zero - y));
            }
        }
    }

    private static void Lines(XGraphics g, List<double?[]> values, ChartAxis axis, XRect plot)
    {
        var group = plot.Width / values[0].Length;
        for (var s = 0; s < values.Count; s++)
        {
            var pen = new XPen(Colors[s], 1.5);
            var brush = new XSolidBrush(Colors[s]);
            XPoint? previous = null;
            for (var i = 0; i < values[s].Length; i++)
            {
                // A missing value (no comparison data that day) breaks the line rather than dropping it to zero.
                XPoint? point = values[s][i] is { } value ? new XPoint(plot.Left + (group * (i + 0.5)), axis.Y(value, plot)) : null;
                if (point is { } p && previous is { } q)
                {
                    g.DrawLine(pen, q, p);
                }

                if (point is { } dot && values[s].Length <= 62)
                {
                    g.DrawEllipse(brush, dot.X - 1.5, dot.Y - 1.5, 3, 3);
                }

                previous = point;
            }
        }
    }

    /// <summary>Every k-th category is labelled, k chosen so that the widest label fits its share of the axis.</summary>
    private static void CategoryLabels(XGraphics g, List<string> labels, XRect plot)
    {
        var group = plot.Width / labels.Count;
        var widest = labels.Max(l => g.MeasureString(l, Small).Width) + 6;
        var every = Math.Max(1, (int)Math.Ceiling(widest / group));
        for (var i = 0; i < labels.Count; i += every)
        {
            var centre = plot.Left + (group * (i + 0.5));
            g.DrawString(labels[i], Small, XBrushes.Black, new XRect(centre - (widest / 2), plot.Bottom + 3, widest, 9), XStringFormats.TopCenter);
        }
    }
}
