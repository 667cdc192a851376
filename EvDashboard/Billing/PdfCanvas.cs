using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EvDashboard.Billing;

/// <summary>
/// A4 pages that fill top to bottom: a cursor, word wrapping, and a new page (with its repeated header) whenever
/// the next block would not fit. Page numbers are drawn at the end, once the page count is known.
/// </summary>
internal sealed class PdfCanvas(PdfDocument document, Action<PdfCanvas> drawHeader) : IDisposable
{
    public const double Left = 42;

    public const double Right = 553;

    private const double Top = 40;

    private const double Bottom = 842 - 56;

    private XGraphics? _graphics;

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page yet.");

    public double Y { get; set; }

    public int PageCount => document.PageCount;

    /// <summary>Runs after the header of every page after the first (a table repeats its column headings there).</summary>
    public Action? OnContinuation { get; set; }

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        Y = Top;
        drawHeader(this);
        if (document.PageCount > 1)
        {
            OnContinuation?.Invoke();
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> more points fit on this one.</summary>
    public void Ensure(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>Draws wrapped text at the cursor's height (the cursor does not move) and returns the height used.</summary>
    public double Text(string text, XFont font, double x, double width, bool alignRight = false)
    {
        var lines = Wrap(text, font, width);
        var lineHeight = font.GetHeight();
        for (var i = 0; i < lines.Count; i++)
        {
            var box = new XRect(x, Y + (i * lineHeight), width, lineHeight);
            Graphics.DrawString(lines[i], font, XBrushes.Black, box, alignRight ? XStringFormats.TopRight : XStringFormats.TopLeft);
        }

        return lines.Count * lineHeight;
    }

    public double Measure(string text, XFont font, double width) => Wrap(text, font, width).Count * font.GetHeight();

    public void Rule(double thickness = 0.5)
    {
        Graphics.DrawLine(new XPen(XColors.Gray, thickness), Left, Y, Right, Y);
    }

    /// <summary>"Page 2 of 3 · EV-2026-000123" at the foot of every page.</summary>
    public void NumberPages(string number, XFont font)
    {
        _graphics?.Dispose();
        _graphics = null;
        for (var i = 0; i < document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var box = new XRect(Left, 842 - 40, Right - Left, 12);
            graphics.DrawString($"Page {i + 1} of {document.PageCount} · {number}", font, XBrushes.Gray, box, XStringFormats.TopRight);
        }
    }

    public IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Graphics.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = BreakLongWord(word, font, width, lines);
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>A word wider than the column (a long token or URL) is cut where it must be; the rest starts the next line.</summary>
    private string BreakLongWord(string word, XFont font, double width, List<string> lines)
    {
        var rest = word;
        while (rest.Length > 1 && Graphics.MeasureString(rest, font).Width > width)
        {
            var take = rest.Length - 1;
            while (take > 1 && Graphics.MeasureString(rest[..take], font).Width > width)
            {
                take--;
            }

            lines.Add(rest[..take]);
            rest = rest[take..];
        }

        return rest;
    }

    public void Dispose() => _graphics?.Dispose();
}
