using EvDashboard.Core.Billing.Queries;
using EvDashboard.Core.Sites;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EvDashboard.Billing;

/// <summary>
/// An invoice as an A4 PDF (PdfSharp): seller (with logo) and buyer, number and dates, the lines (wrapped, over as
/// many pages as it takes, column headings repeated), the VAT per rate, totals and payment terms.
/// </summary>
internal sealed class InvoicePdfRenderer(SiteClock clock, IHostEnvironment environment)
{
    private static readonly XFont Body = Font(9);
    private static readonly XFont Strong = Font(9, bold: true);
    private static readonly XFont Small = Font(7.5);
    private static readonly XFont Heading = Font(16, bold: true);
    private static readonly XFont ContinuedHeading = Font(12, bold: true);

    // Columns of the lines table: #, description, quantity, net, VAT rate, VAT, total (right edges for the amounts).
    private static readonly (string Title, double X, double Width, bool Right)[] Columns =
    [
        ("#", PdfCanvas.Left, 18, false), ("Description", PdfCanvas.Left + 20, 176, false), ("Quantity", PdfCanvas.Left + 198, 64, true),
        ("Net", PdfCanvas.Left + 264, 66, true), ("VAT %", PdfCanvas.Left + 332, 36, true), ("VAT", PdfCanvas.Left + 370, 64, true),
        ("Total", PdfCanvas.Left + 436, 75, true),
    ];

    public byte[] Render(InvoiceDetail invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        PdfSharpSetup.EnsureConfigured();
        using var document = new PdfDocument();
        document.Info.Title = $"{InvoiceText.Title(invoice.Summary.Kind)} {invoice.Number}";
        document.Info.Author = invoice.Seller.Name;
        using (var canvas = new PdfCanvas(document, c => PageHeader(c, invoice)))
        {
            canvas.NewPage();
            Parties(canvas, invoice);
            Facts(canvas, invoice);
            InvoicePdfTables.Lines(canvas, invoice, Columns, Body, Strong);
            InvoicePdfTables.VatAndTotals(canvas, invoice, Body, Strong);
            canvas.Ensure(40);
            canvas.Y += 14;
            canvas.Y += canvas.Text(InvoiceText.Terms(invoice, clock), Body, PdfCanvas.Left, PdfCanvas.Right - PdfCanvas.Left);
            canvas.NumberPages(invoice.Number, Small);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    internal static XFont Font(double size, bool bold = false) =>
        new(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private void PageHeader(PdfCanvas canvas, InvoiceDetail invoice)
    {
        var first = canvas.PageCount == 1;
        var top = canvas.Y;
        var logoHeight = first ? DrawLogo(canvas, invoice.Seller.LogoPath) : 0;
        string[] sellerLines = first ? [invoice.Seller.Name, .. InvoiceText.Seller(invoice.Seller)] : [invoice.Seller.Name];
        for (var i = 0; i < sellerLines.Length; i++)
        {
            canvas.Y += canvas.Text(sellerLines[i], i == 0 ? Strong : Body, PdfCanvas.Right - 220, 220, alignRight: true);
        }

        var right = canvas.Y;
        canvas.Y = top + logoHeight;
        var title = $"{InvoiceText.Title(invoice.Summary.Kind)} {invoice.Number}" + (first ? string.Empty : " (continued)");
        canvas.Y = Math.Max(canvas.Y + canvas.Text(title, first ? Heading : ContinuedHeading, PdfCanvas.Left, 280), right) + 10;
        canvas.Rule();
        canvas.Y += 10;
    }

    /// <summary>The configured logo, scaled into 140 × 48 pt; an unreadable or missing file leaves the header without it.</summary>
    private double DrawLogo(PdfCanvas canvas, string? logoPath)
    {
        if (string.IsNullOrWhiteSpace(logoPath))
        {
            return 0;
        }

        var path = Path.IsPathRooted(logoPath) ? logoPath : Path.Combine(environment.ContentRootPath, logoPath);
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var image = XImage.FromFile(path);
            var scale = Math.Min(140 / image.PointWidth, 48 / image.PointHeight);
            canvas.Graphics.DrawImage(image, PdfCanvas.Left, canvas.Y, image.PointWidth * scale, image.PointHeight * scale);
            return (image.PointHeight * scale) + 8;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or IOException or ArgumentException)
        {
            return 0;
        }
    }

    private void Parties(PdfCanvas canvas, InvoiceDetail invoice)
    {
        var top = canvas.Y;
        canvas.Y += canvas.Text("Bill to", Small, PdfCanvas.Left, 230);
        foreach (var (line, i) in InvoiceText.Buyer(invoice.Summary).Select((l, i) => (l, i)))
        {
            canvas.Y += canvas.Text(line, i == 0 ? Strong : Body, PdfCanvas.Left, 230);
        }

        var left = canvas.Y;
        canvas.Y = top;
        foreach (var (label, value) in FactsOf(invoice))
        {
            canvas.Text(label, Small, PdfCanvas.Right - 270, 70);
            canvas.Y += canvas.Text(value, Body, PdfCanvas.Right - 200, 200, alignRight: true);
        }

        canvas.Y = Math.Max(left, canvas.Y) + 12;
    }

    private List<(string Label, string Value)> FactsOf(InvoiceDetail invoice)
    {
        var row = invoice.Summary;
        var facts = new List<(string, string)> { ("Number", row.Number), ("Issued", InvoiceText.Date(clock, row.IssuedAt)) };
        if (row.Kind != Core.Billing.InvoiceKind.CreditNote)
        {
            facts.Add(("Due", InvoiceText.Date(clock, row.DueAt)));
        }

        if (InvoiceText.Period(invoice, clock) is { } period)
        {
            facts.Add((invoice.TransactionId is { } id ? $"Session {id}" : "Period", period));
        }

        return facts;
    }

    private static void Facts(PdfCanvas canvas, InvoiceDetail invoice)
    {
        if (invoice.Summary.CreditedNumber is { } credited)
        {
            var text = $"Credit note for {credited}" + (invoice.Reason is { } reason ? $". Reason: {reason}" : string.Empty);
            canvas.Ensure(30);
            canvas.Y += canvas.Text(text, Strong, PdfCanvas.Left, PdfCanvas.Right - PdfCanvas.Left) + 10;
        }

        if (invoice.Summary.CreditedBy is { } creditNote)
        {
            canvas.Y += canvas.Text($"Credited in full by {creditNote}.", Strong, PdfCanvas.Left, PdfCanvas.Right - PdfCanvas.Left) + 10;
        }
    }
}
