using System.Globalization;
using System.Net;
using EvDashboard.Components.Pages.Invoices;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Billing;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Invoices;

/// <summary>The invoice pages rendered by the app's own services, as a Manager (with the buttons) and an Operator (read-only) see them.</summary>
public sealed class InvoicePagesTests : IAsyncLifetime
{
    private readonly InvoiceTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/invoices", OperatorRoles.Operator, true)]
    [InlineData("/invoices", OperatorRoles.SiteStaff, false)]
    [InlineData("/invoices/run", OperatorRoles.Operator, false)]
    [InlineData("/invoices/run", OperatorRoles.Manager, true)]
    public async Task Get_SignedInRole_PageOnlyForItsPolicy(string path, string role, bool allowed)
    {
        using var browser = await OperatorLogin.SignedInAsync(_host.Factory, role);

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData(OperatorRoles.Manager, true)]
    [InlineData(OperatorRoles.Operator, false)]
    public async Task InvoicesPage_Role_ListsInvoicesWithStatusAndManagerButtonsOnlyForManagers(string role, bool buttons)
    {
        var paid = await _host.ReceiptAsync("TAG1", "Ada Lovelace");
        await _host.ReceiptAsync("TAG2", "Grace Hopper");
        await Administration.SetPaymentStatusAsync(paid, PaymentStatus.Paid, new Actor("manager@example.com"), CancellationToken.None);

        var document = await AppPageRenderer.RenderAsync<InvoicesPage>(_host.Factory, "/invoices", role: role);

        var rows = document.QuerySelectorAll(".evd-invoices-grid tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["Unpaid", "Paid"], rows.Select(r => r.QuerySelector(".evd-invoice-status")!.TextContent.Trim()));
        Assert.Contains("17.40 EUR", document.QuerySelector(".evd-invoices-totals")!.TextContent, StringComparison.Ordinal);
        var buttonTexts = document.QuerySelectorAll(".evd-invoices-grid button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(buttons, buttonTexts.Contains("Mark paid") && buttonTexts.Contains("Mark unpaid") && buttonTexts.Contains("Credit"));
        Assert.Equal(buttons ? 4 : 0, buttonTexts.Count);
        Assert.Equal(buttons, document.QuerySelector("a[href='/invoices/run']") is not null);
        Assert.NotNull(document.QuerySelector("a[href^='/invoices/export.csv']"));
    }

    [Fact]
    public async Task DetailPage_CreditedReceipt_LinesVatPdfPrintAndCreditLinksBothWays()
    {
        var receipt = await _host.ReceiptAsync("TAG1", "Ada Lovelace");
        var credit = (await Administration.CreditAsync(receipt, "Refund", new Actor("manager@example.com"), CancellationToken.None)).CreditNoteNumber!;

        var original = await AppPageRenderer.RenderAsync<InvoiceDetailPage>(
            _host.Factory, $"/invoices/{receipt}", new Dictionary<string, object?> { ["Number"] = receipt }, OperatorRoles.Operator);
        var note = await AppPageRenderer.RenderAsync<InvoiceDetailPage>(
            _host.Factory, $"/invoices/{credit}", new Dictionary<string, object?> { ["Number"] = credit }, OperatorRoles.Operator);

        Assert.Equal($"Receipt {receipt}", original.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(3, original.QuerySelectorAll(".evd-invoice-lines tbody tr").Length);
        Assert.Equal("19 %", original.QuerySelector(".evd-invoice-vat tbody td")!.TextContent.Trim());
        Assert.NotNull(original.QuerySelector($"a[href='/invoices/{receipt}.pdf']"));
        Assert.NotNull(original.QuerySelector($"a[href='/invoices/{receipt}/print']"));
        Assert.NotNull(original.QuerySelector($".evd-invoice-ref a[href='/invoices/{credit}']"));
        Assert.NotNull(note.QuerySelector($".evd-invoice-ref a[href='/invoices/{receipt}']"));
        Assert.Empty(original.QuerySelectorAll("button"));
        Assert.Contains("-8.70 EUR", note.QuerySelector(".evd-invoice-totals")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintView_SignedIn_SameContentWithoutNavigation()
    {
        var receipt = await _host.ReceiptAsync("TAG1", "Ada Lovelace");
        using var browser = await OperatorLogin.SignedInAsync(_host.Factory, OperatorRoles.Operator);

        using var response = await browser.GetAsync(new Uri($"/invoices/{receipt}/print", UriKind.Relative));

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector(".evd-print .evd-invoice-doc"));
        Assert.Null(document.QuerySelector("nav.rz-sidebar, .rz-sidebar, .rz-header"));
        Assert.Equal(3, document.QuerySelectorAll(".evd-invoice-lines tbody tr").Length);
        Assert.Contains("8.70 EUR", document.QuerySelector(".evd-invoice-totals")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPage_Manager_DefaultsToLastMonthAndOffersTheStart()
    {
        var document = await AppPageRenderer.RenderAsync<InvoiceRunPage>(_host.Factory, "/invoices/run", role: OperatorRoles.Manager);

        Assert.Equal("Invoice run", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(document.QuerySelectorAll("button"), b => b.TextContent.Contains("Start run", StringComparison.Ordinal));
        var today = DateTime.UtcNow;
        var lastMonth = new DateTime(today.Year, today.Month, 1).AddMonths(-1);
        var inputs = document.QuerySelectorAll(".rz-datepicker input").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([lastMonth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lastMonth.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], inputs);
    }

    private InvoiceAdministration Administration => _host.Factory.Services.GetRequiredService<InvoiceAdministration>();
}
