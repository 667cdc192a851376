using EvDashboard.Core.Billing.Queries;
using PdfSharp.Drawing;

namespace EvDashboard.Billing;

/// <summary>The PDF's tables: the lines (a row never splits across pages; headings repeat on each new page), VAT per rate, totals.</summary>
internal static class InvoicePdfTables
{
    private const double RowGap = 4;

    public static void Lines(PdfCanvas canvas, InvoiceDetail invoice, (string Title, double X, double Width, bool Right)[] columns, XFont body, XFont strong)
    {
        var currency = invoice.Summary.Currency;
        void Head()
        {
            foreach (var (title, x, width, right) in columns)
            {
                canvas.Text(title, strong, x, width, right);
            }

            canvas.Y += strong.GetHeight() + 2;
            canvas.Rule();
            canvas.Y += RowGap;
        }

        canvas.Ensure(60);
        Head();
        canvas.OnContinuation = Head;
        foreach (var line in invoice.Lines)
        {
            string[] cells =
            [
                line.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Description, InvoiceText.Quantity(line.Quantity, line.Unit),
                InvoiceText.Money(currency, line.NetMinor), InvoiceText.Rate(line.VatRatePercent), InvoiceText.Money(currency, line.VatMinor),
                InvoiceText.Money(currency, line.TotalMinor),
            ];
            var height = cells.Select((c, i) => canvas.Measure(c, body, columns[i].Width)).Max();
            canvas.Ensure(height + RowGap);
            for (var i = 0; i < cells.Length; i++)
            {
                canvas.Text(cells[i], body, columns[i].X, columns[i].Width, columns[i].Right);
            }

            canvas.Y += height + RowGap;
        }

        canvas.OnContinuation = null;
        canvas.Rule();
        canvas.Y += 10;
    }

    public static void VatAndTotals(PdfCanvas canvas, InvoiceDetail invoice, XFont body, XFont strong)
    {
        var currency = invoice.Summary.Currency;
        var rowHeight = body.GetHeight() + 2;
        canvas.Ensure(((invoice.VatBreakdown.Count + 5) * rowHeight) + 20);
        const double labelX = PdfCanvas.Right - 300;
        canvas.Text("VAT rate", strong, labelX, 80);
        canvas.Text("Net", strong, labelX + 80, 110, alignRight: true);
        canvas.Y += canvas.Text("VAT", strong, labelX + 190, 110, alignRight: true) + 2;
        foreach (var rate in invoice.VatBreakdown)
        {
            canvas.Text(InvoiceText.Rate(rate.RatePercent), body, labelX, 80);
            canvas.Text(InvoiceText.Money(currency, rate.NetMinor), body, labelX + 80, 110, alignRight: true);
            canvas.Y += canvas.Text(InvoiceText.Money(currency, rate.VatMinor), body, labelX + 190, 110, alignRight: true) + 2;
        }

        canvas.Y += 8;
        var row = invoice.Summary;
        foreach (var (label, amount, font) in new[] { ("Net", row.NetMinor, body), ("VAT", row.VatMinor, body), ("Total", row.TotalMinor, strong) })
        {
            canvas.Text(label, font, labelX, 150);
            canvas.Y += canvas.Text(InvoiceText.Money(currency, amount), font, labelX + 150, 150, alignRight: true) + 2;
        }
    }
}
