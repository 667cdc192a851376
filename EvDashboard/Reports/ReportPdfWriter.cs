using System.Globalization;
using EvDashboard.Billing;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Sites;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EvDashboard.Reports;

/// <summary>
/// A report as a PDF (PdfSharp): title, range, filters and when it was made; the headline figures; the chart; then the
/// table over as many pages as it takes. Landscape when the columns need more than a portrait page's width.
/// </summary>
internal sealed class ReportPdfWriter(SiteClock clock) : IReportWriter
{
    /// <summary>A figure box needs this much width for "before: 12,345.67 EUR (+12.3 %)": three a row in portrait, four in landscape.</summary>
    private const double FigureWidth = 170;

    private static readonly XFont Heading = Font(15, bold: true);
    private static readonly XFont Body = Font(8.5);
    private static readonly XFont Strong = Font(11, bold: true);
    private static readonly XFont Small = Font(7);

    public ReportFormat Format => ReportFormat.Pdf;

    internal static XFont Font(double size, bool bold = false) =>
        new(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public Task WriteAsync(ReportResult report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        PdfSharpSetup.EnsureConfigured();
        return SeekableOutput.WriteAsync(output, stream => Write(report, stream), cancellationToken);
    }

    private void Write(ReportResult report, Stream output)
    {
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        document.Info.Creator = "EvDashboard";
        var landscape = ReportPdfTable.NaturalWidths(report).Sum() > 595 - 72;
        var generated = clock.ToLocal(clock.UtcNow).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" ({clock.Zone.Id})";
        using (var canvas = new ReportPdfCanvas(document, landscape, c => PageHeader(c, report, generated)))
        {
            canvas.NewPage();
            Filters(canvas, report);
            Figures(canvas, report.Figures);
            if (report.IsEmpty)
            {
                canvas.Y += canvas.Text("No data in this range.", Strong, canvas.Left, canvas.ContentWidth);
            }
            else
            {
                ReportPdfChart.Draw(canvas, report);
                ReportPdfTable.Draw(canvas, report);
            }

            canvas.NumberPages(report.Title, Small);
        }

        document.Save(output, closeStream: false);
    }

    private static void PageHeader(ReportPdfCanvas canvas, ReportResult report, string generated)
    {
        var first = canvas.PageCount == 1;
        canvas.Text($"Generated {generated}", Small, canvas.Left, canvas.ContentWidth, XStringFormats.TopRight, XBrushes.Gray);
        canvas.Y += canvas.Text(report.Title + (first ? string.Empty : " (continued)"), Heading, canvas.Left, canvas.ContentWidth - 160) + 2;
        var range = string.Create(CultureInfo.InvariantCulture, $"{report.Request.From:yyyy-MM-dd} – {report.Request.To:yyyy-MM-dd}");
        canvas.Y += canvas.Text(range, Body, canvas.Left, canvas.ContentWidth, brush: XBrushes.DimGray) + 4;
        canvas.Rule();
        canvas.Y += 8;
    }

    private static void Filters(ReportPdfCanvas canvas, ReportResult report)
    {
        foreach (var line in report.Filters)
        {
            canvas.Y += canvas.Text(line, Body, canvas.Left, canvas.ContentWidth);
        }

        canvas.Y += 8;
    }

    /// <summary>As many figures a row as fit: title, value with unit, and the comparison period's value with the change.</summary>
    private static void Figures(ReportPdfCanvas canvas, IReadOnlyList<ReportFigure> figures)
    {
        var perRow = Math.Max(1, (int)(canvas.ContentWidth / FigureWidth));
        var width = canvas.ContentWidth / perRow;
        for (var start = 0; start < figures.Count; start += perRow)
        {
            canvas.Ensure(44);
            var top = canvas.Y;
            foreach (var (figure, i) in figures.Skip(start).Take(perRow).Select((f, i) => (f, i)))
            {
                var x = canvas.Left + (i * width);
                canvas.Graphics.DrawRectangle(new XPen(XColor.FromArgb(224, 224, 224), 0.6), x, top, width - 6, 40);
                canvas.Y = top + 3;
                canvas.Y += canvas.Text(figure.Title, Small, x + 5, width - 16, brush: XBrushes.DimGray);
                canvas.Y += canvas.Text(Amount(figure.Value, figure), Strong, x + 5, width - 16);
                canvas.Text(Comparison(figure), Small, x + 5, width - 16, brush: XBrushes.DimGray);
            }

            canvas.Y = top + 48;
        }
    }

    private static string Amount(decimal value, ReportFigure figure) =>
        value.ToString("N" + figure.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + (string.IsNullOrEmpty(figure.Unit) ? string.Empty : " " + figure.Unit);

    private static string Comparison(ReportFigure figure)
    {
        if (figure.Previous is not { } previous)
        {
            return string.Empty;
        }

        var change = figure.ChangePercent is { } percent ? string.Create(CultureInfo.InvariantCulture, $" ({percent:+0.0;-0.0;0.0} %)") : string.Empty;
        return $"before: {Amount(previous, figure)}{change}";
    }
}
