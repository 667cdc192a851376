using System.Text.RegularExpressions;
using EvDashboard.Billing;
using EvDashboard.Core.Billing.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Invoices;

public sealed class InvoicePdfTests : IAsyncLifetime
{
    private readonly InvoiceTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Render_Receipt_TextHasNumberSellerBuyerLinesVatAndTotals()
    {
        var number = await _host.ReceiptAsync("04A1B2C3D4", "Ada Lovelace");
        var invoice = (await Queries.GetAsync(number, CancellationToken.None))!;

        var text = await PdfText.ExtractAsync(Renderer.Render(invoice));

        Assert.Contains($"Receipt {number}", text, StringComparison.Ordinal);
        Assert.Contains("Volt Charging GmbH", text, StringComparison.Ordinal);
        Assert.Contains("VAT id DE123456789", text, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", text, StringComparison.Ordinal);
        Assert.Contains("idTag 04A1…D4", text, StringComparison.Ordinal);
        Assert.Contains("Energy · Mon–Fri 07:00–22:00", text, StringComparison.Ordinal);
        Assert.Contains("12.345 kWh", text, StringComparison.Ordinal);
        Assert.Contains("19 %", text, StringComparison.Ordinal);
        Assert.Matches(@"Net\s+7\.31 EUR", text);
        Assert.Matches(@"VAT\s+1\.39 EUR", text);
        Assert.Matches(@"Total\s+8\.70 EUR", text);
        Assert.Contains("Payable within 14 days", text, StringComparison.Ordinal);
        Assert.Contains($"Page 1 of 1 · {number}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_StatementWithSixtyLines_RunsOverPagesWithHeadersAndPageNumbers()
    {
        var number = await _host.StatementAsync("TAG-LONG", 60);
        var invoice = (await Queries.GetAsync(number, CancellationToken.None))!;

        var text = await PdfText.ExtractAsync(Renderer.Render(invoice));

        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 2, $"Expected several pages, got {pages.Count}.");
        Assert.All(pages.Skip(1), p => Assert.Contains($"Statement {number} (continued)", p, StringComparison.Ordinal));
        Assert.All(pages.Skip(1), p => Assert.Contains("Description", p, StringComparison.Ordinal));
        Assert.Contains($"Page {pages.Count} of {pages.Count} · {number}", text, StringComparison.Ordinal);
        // Descriptions wrap inside their column: each line's start is on its own text line.
        Assert.All(invoice.Lines, l => Assert.Matches(new Regex($@"(?m)^\s*{l.Position}\s+Session {l.TransactionId} · CP-01/1"), text));
        Assert.Matches(@"Total\s+522\.00 EUR", text);
        Assert.Contains("2026-10-01 – 2026-10-31", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_CreditNote_SaysWhatItCredits()
    {
        var receipt = await _host.ReceiptAsync();
        var administration = _host.Factory.Services.GetRequiredService<EvDashboard.Core.Billing.InvoiceAdministration>();
        var credit = await administration.CreditAsync(receipt, "Charger fault", new EvDashboard.Core.Audit.Actor("manager@example.com"), CancellationToken.None);

        var text = await PdfText.ExtractAsync(Renderer.Render((await Queries.GetAsync(credit.CreditNoteNumber!, CancellationToken.None))!));

        Assert.Contains($"Credit note for {receipt}. Reason: Charger fault", text, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+-8\.70 EUR", text);
    }

    private InvoiceQueries Queries => _host.Factory.Services.GetRequiredService<InvoiceQueries>();

    private InvoicePdfRenderer Renderer => _host.Factory.Services.GetRequiredService<InvoicePdfRenderer>();
}
