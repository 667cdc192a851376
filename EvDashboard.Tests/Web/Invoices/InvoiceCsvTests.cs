using System.Globalization;
using System.Net;
using CsvHelper;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Billing.Csv;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Invoices;

public sealed class InvoiceCsvTests : IAsyncLifetime
{
    private readonly InvoiceTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Export_SignedInOperator_ReadsBackWithFiltersDefusedTextAndNegativeCredits()
    {
        var hostile = await _host.ReceiptAsync("TAG1", "=HYPERLINK(\"http://x\")");
        await _host.ReceiptAsync("TAG2", "Grace Hopper");
        var administration = _host.Factory.Services.GetRequiredService<InvoiceAdministration>();
        var credit = await administration.CreditAsync(hostile, "Refund", new Actor("manager@example.com"), CancellationToken.None);
        using var browser = await OperatorLogin.SignedInAsync(_host.Factory, OperatorRoles.Operator);

        using var all = await browser.GetAsync(new Uri("/invoices/export.csv", UriKind.Relative));
        using var filtered = await browser.GetAsync(new Uri("/invoices/export.csv?kind=creditnote", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal("text/csv", all.Content.Headers.ContentType?.MediaType);
        var rows = await ReadAsync(all);
        Assert.Equal(3, rows.Count);
        var first = rows.Single(r => r["number"] == hostile);
        Assert.Equal("'=HYPERLINK(\"http://x\")", first["buyer"]);
        Assert.Equal(("8.70", "1.39", "EUR", "Unpaid", credit.CreditNoteNumber), (first["total"], first["vat"], first["currency"], first["status"], first["credited_by"]));
        var note = Assert.Single(await ReadAsync(filtered));
        Assert.Equal(("-8.70", "-7.31", hostile, "Credit"), (note["total"], note["net"], note["credits"], note["status"]));
    }

    [Fact]
    public async Task Export_SiteStaff_NotAllowed()
    {
        using var browser = await OperatorLogin.SignedInAsync(_host.Factory, OperatorRoles.SiteStaff);

        using var response = await browser.GetAsync(new Uri("/invoices/export.csv", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<List<Dictionary<string, string>>> ReadAsync(HttpResponseMessage response)
    {
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        Assert.Equal(InvoiceCsvWriter.Columns, csv.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            rows.Add(InvoiceCsvWriter.Columns.ToDictionary(c => c, c => csv.GetField(c) ?? string.Empty, StringComparer.Ordinal));
        }

        return rows;
    }
}
