using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvDashboard.Core.Access;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Invoices;

public sealed class InvoiceEndpointsTests : IAsyncLifetime
{
    private readonly InvoiceTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_ListAndOne_200WithTotalsLinesAndVatBreakdown()
    {
        var number = await _host.ReceiptAsync();
        await _host.ReceiptAsync("TAG2");
        using var client = AdminClient();

        var list = await client.GetFromJsonAsync<JsonElement>("/api/invoices?kind=receipt&take=1");
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/invoices/{number}");

        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal(1, list.GetProperty("rows").GetArrayLength());
        var totals = Assert.Single(list.GetProperty("totals").EnumerateArray());
        Assert.Equal(("EUR", 1740L), (totals.GetProperty("currency").GetString(), totals.GetProperty("totalMinor").GetInt64()));
        Assert.Equal(number, one.GetProperty("summary").GetProperty("number").GetString());
        Assert.Equal("Receipt", one.GetProperty("summary").GetProperty("kind").GetString());
        Assert.Equal(3, one.GetProperty("lines").GetArrayLength());
        var vat = Assert.Single(one.GetProperty("vatBreakdown").EnumerateArray());
        Assert.Equal((19m, 139L), (vat.GetProperty("ratePercent").GetDecimal(), vat.GetProperty("vatMinor").GetInt64()));
    }

    [Fact]
    public async Task Get_UnknownNumberOrBadFilter_404And400()
    {
        using var client = AdminClient();

        using var missing = await client.GetAsync("/api/invoices/RC-2026-999999");
        using var missingPdf = await client.GetAsync("/api/invoices/RC-2026-999999.pdf");
        using var badFilter = await client.GetAsync("/api/invoices?status=lost&from=yesterday");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingPdf.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        var errors = (await badFilter.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out _) && errors.TryGetProperty("from", out _));
    }

    [Fact]
    public async Task GetPdf_Receipt_ApplicationPdf()
    {
        var number = await _host.ReceiptAsync();
        using var client = AdminClient();

        using var response = await client.GetAsync($"/api/invoices/{number}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(number, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperatorKey_ReadsButCannotCreditPayOrRun()
    {
        var number = await _host.ReceiptAsync();
        using var client = await _host.ApiClientAsync(OperatorRoles.Operator);

        using var read = await client.GetAsync($"/api/invoices/{number}");
        using var credit = await client.PostAsJsonAsync($"/api/invoices/{number}/credit", new { reason = "Refund" });
        using var payment = await client.PostAsJsonAsync($"/api/invoices/{number}/payment", new { status = "Paid" });
        using var run = await client.PostAsJsonAsync("/api/invoices/runs", new { from = "2026-10-01", to = "2026-11-01", target = "tag" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { credit.StatusCode, payment.StatusCode, run.StatusCode });
    }

    [Fact]
    public async Task SiteStaffKey_CannotReadInvoices()
    {
        using var client = await _host.ApiClientAsync(OperatorRoles.SiteStaff);

        using var response = await client.GetAsync("/api/invoices");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ManagerKey_CreditsOncePaysAndRuns()
    {
        var number = await _host.ReceiptAsync();
        using var client = await _host.ApiClientAsync(OperatorRoles.Manager);

        using var credit = await client.PostAsJsonAsync($"/api/invoices/{number}/credit", new { reason = "Refund" });
        using var again = await client.PostAsJsonAsync($"/api/invoices/{number}/credit", new { reason = "Refund" });
        using var payment = await client.PostAsJsonAsync($"/api/invoices/{number}/payment", new { status = "paid" });
        using var run = await client.PostAsJsonAsync("/api/invoices/runs", new { from = "2026-10-01", to = "2026-11-01", target = "tag" });

        Assert.Equal(HttpStatusCode.Created, credit.StatusCode);
        var note = await credit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(-870, note.GetProperty("summary").GetProperty("totalMinor").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Paid", (await payment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("paymentStatus").GetString());
        Assert.Equal(1, (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issued").GetInt32());
    }

    private HttpClient AdminClient()
    {
        var client = _host.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", EvDashboardFactory.TestApiKey);
        return client;
    }
}
