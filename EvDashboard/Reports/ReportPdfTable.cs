using EvDashboard.Core.Revenue.Reports;
using PdfSharp.Drawing;

namespace EvDashboard.Reports;

/// <summary>
/// The report's table in the PDF: headings with units on a grey band (repeated on every page the table runs onto),
/// numbers right-aligned, the total row bold under a rule. Column widths follow the content, scaled to the page.
/// </summary>
internal sealed class ReportPdfTable
{
    private const double Padding = 8;

    private static readonly XFont Body = ReportPdfWriter.Font(8);
    private static readonly XFont Strong = ReportPdfWriter.Font(8, bold: true);
    private static readonly XBrush Band = new XSolidBrush(XColor.FromArgb(236, 239, 241));

    private readonly ReportResult _report;

    private readonly double[] _widths;

    private ReportPdfTable(ReportResult report, double[] widths)
    {
        _report = report;
        _widths = widths;
    }

    private static double RowHeight => Body.GetHeight() + 5;

    /// <summary>The points each column needs for its heading and its longest value.</summary>
    public static double[] NaturalWidths(ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var widths = new double[report.Columns.Count];
        for (var i = 0; i < widths.Length; i++)
        {
            var column = report.Columns[i];
            widths[i] = measure.MeasureString(ReportCells.Header(column), Strong).Width;
            foreach (var row in report.Rows.Append(report.Total).OfType<ReportRow>())
            {
                var isTotal = ReferenceEquals(row, report.Total);
                var text = i == 0 && isTotal ? ReportCells.TotalLabel : ReportCells.Display(Value(row.Values, i), column);
                widths[i] = Math.Max(widths[i], measure.MeasureString(text, isTotal ? Strong : Body).Width);
            }

            widths[i] += Padding;
        }

        return widths;
    }

    public static void Draw(ReportPdfCanvas canvas, ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var natural = NaturalWidths(report);
        var sum = natural.Sum();
        var scale = sum > canvas.ContentWidth || sum < canvas.ContentWidth * 0.6 ? canvas.ContentWidth / sum : 1;
        var table = new ReportPdfTable(report, natural.Select(w => w * scale).ToArray());
        canvas.Ensure(RowHeight * 3);
        table.Heading(canvas);
        canvas.OnContinuation = () => table.Heading(canvas);
        var zebra = false;
        foreach (var row in report.Rows)
        {
            canvas.Ensure(RowHeight);
            if (zebra)
            {
                canvas.Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(248, 249, 250)), canvas.Left, canvas.Y, table._widths.Sum(), RowHeight);
            }

            table.Line(canvas, row.Values, Body);
            zebra = !zebra;
        }

        if (report.Total is { } total)
        {
            canvas.Ensure(RowHeight + 2);
            canvas.Graphics.DrawLine(new XPen(XColors.Black, 0.8), canvas.Left, canvas.Y, canvas.Left + table._widths.Sum(), canvas.Y);
            canvas.Y += 1;
            table.Line(canvas, ReportCells.TotalValues(total), Strong);
        }

        canvas.OnContinuation = null;
    }

    private void Heading(ReportPdfCanvas canvas)
    {
        canvas.Graphics.DrawRectangle(Band, canvas.Left, canvas.Y, _widths.Sum(), RowHeight + 2);
        canvas.Y += 1;
        Line(canvas, _report.Columns.Select(c => (object?)ReportCells.Header(c)).ToList(), Strong);
        canvas.Y += 1;
    }

    private void Line(ReportPdfCanvas canvas, IReadOnlyList<object?> values, XFont font)
    {
        var x = canvas.Left;
        canvas.Y += 2;
        for (var i = 0; i < _widths.Length; i++)
        {
            var column = _report.Columns[i];
            var value = Value(values, i);
            var right = column.Kind is not (ReportValueKind.Text or ReportValueKind.Date);
            var text = value is string s ? s : ReportCells.Display(value, column);
            canvas.Text(text, font, x + (Padding / 2), _widths[i] - Padding, right ? XStringFormats.TopRight : XStringFormats.TopLeft);
            x += _widths[i];
        }

        canvas.Y += RowHeight - 2;
    }

    private static object? Value(IReadOnlyList<object?> values, int index) => index < values.Count ? values[index] : null;
}
