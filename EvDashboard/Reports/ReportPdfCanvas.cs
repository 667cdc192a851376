using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EvDashboard.Reports;

/// <summary>
/// A4 pages, portrait or landscape, filled top to bottom: a cursor, single-line text in a box, and a new page (with
/// its header, and the table's column headings via <see cref="OnContinuation"/>) whenever the next block would not fit.
/// </summary>
internal sealed class ReportPdfCanvas(PdfDocument document, bool landscape, Action<ReportPdfCanvas> drawHeader) : IDisposable
{
    private const double Margin = 36;

    private const double FooterHeight = 44;

    private XGraphics? _graphics;

    public double Width { get; } = landscape ? 842 : 595;

    public double Height { get; } = landscape ? 595 : 842;

    public double Left { get; } = Margin;

    public double Right => Width - Margin;

    public double ContentWidth => Right - Left;

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page yet.");

    public double Y { get; set; }

    public int PageCount => document.PageCount;

    public Action? OnContinuation { get; set; }

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        // A4 by its dimensions: PdfSharp's Orientation flag would rotate the page rather than widen it.
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        _graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
        drawHeader(this);
        if (document.PageCount > 1)
        {
            OnContinuation?.Invoke();
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> more points fit on this one.</summary>
    public void Ensure(double height)
    {
        if (Y + height > Height - FooterHeight)
        {
            NewPage();
        }
    }

    /// <summary>One line in a box at the cursor's height, cut with "…" when too wide; returns the line height.</summary>
    public double Text(string text, XFont font, double x, double width, XStringFormat? format = null, XBrush? brush = null)
    {
        var fitted = Fit(Graphics, text, font, width);
        Graphics.DrawString(fitted, font, brush ?? XBrushes.Black, new XRect(x, Y, width, font.GetHeight()), format ?? XStringFormats.TopLeft);
        return font.GetHeight();
    }

    public static string Fit(XGraphics graphics, string text, XFont font, double width)
    {
        ArgumentNullException.ThrowIfNull(graphics);
        if (graphics.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var take = text.Length;
        while (take > 1 && graphics.MeasureString(text[..take] + "…", font).Width > width)
        {
            take--;
        }

        return text[..take] + "…";
    }

    public void Rule(double thickness = 0.5) => Graphics.DrawLine(new XPen(XColors.Gray, thickness), Left, Y, Right, Y);

    /// <summary>"Page 2 of 3 · Revenue" at the foot of every page, drawn once the page count is known.</summary>
    public void NumberPages(string label, XFont font)
    {
        _graphics?.Dispose();
        _graphics = null;
        for (var i = 0; i < document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var box = new XRect(Left, Height - 30, ContentWidth, 12);
            graphics.DrawString($"Page {i + 1} of {document.PageCount} · {label}", font, XBrushes.Gray, box, XStringFormats.TopRight);
        }
    }

    public void Dispose() => _graphics?.Dispose();
}
