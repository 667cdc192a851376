using System.Net;
using EvDashboard.Components.Pages.Tariffs;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;
using EvDashboard.Tests.Core.Tariffs;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Tariffs;

/// <summary>The tariff pages rendered by the app's own services over its database, as each role sees them.</summary>
public sealed class TariffPagesTests : IAsyncLifetime
{
    private static readonly Actor Manager = new("manager@example.com");

    private readonly EvDashboardFactory _factory = new(new Dictionary<string, string?> { ["Access:LoginAttemptsPerMinute"] = "100", ["Site:TimeZone"] = "Europe/Berlin" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(OperatorRoles.Manager, "/tariffs", true)]
    [InlineData(OperatorRoles.Operator, "/tariffs", true)]
    [InlineData(OperatorRoles.Operator, "/tariffs/new", true)]
    [InlineData(OperatorRoles.SiteStaff, "/tariffs", false)]
    [InlineData(OperatorRoles.SiteStaff, "/tariffs/new", false)]
    [InlineData(OperatorRoles.SiteStaff, "/tariffs/preview", true)]
    public async Task Get_SignedInRole_PageOnlyForItsPolicy(string role, string path, bool allowed)
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, role);

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, response.StatusCode);
        if (!allowed)
        {
            Assert.StartsWith("/access-denied", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(OperatorRoles.Manager, true)]
    [InlineData(OperatorRoles.Operator, false)]
    public async Task TariffsPage_TwoTariffs_ListedWithSummaryNewButtonOnlyForManage(string role, bool canCreate)
    {
        var id = await CreateAsync("Standard", TariffSamples.Standard);
        await CreateAsync("Fleet", TariffSamples.EnergyOnly(0.2m));
        await Administration.SetArchivedAsync(id, archived: true, Manager, CancellationToken.None);

        var page = await AppPageRenderer.RenderAsync<TariffsPage>(_factory, "/tariffs", role: role);

        var row = Assert.Single(page.QuerySelectorAll(".evd-tariffs-grid tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Fleet", row.QuerySelector("a")!.TextContent);
        Assert.Equal("0.2 EUR/kWh · VAT 0 %", cells[1]);
        Assert.Equal("Active", cells[4]);
        Assert.Equal(canCreate, page.QuerySelectorAll("button").Any(b => b.TextContent.Contains("New tariff", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TariffEditorPage_Manager_FormWithButtonsVersionsAssignmentsAndPreview()
    {
        var id = await CreateAsync("Standard", TariffSamples.Standard);
        await AddChargePointAsync();
        await _factory.Services.GetRequiredService<TariffAssignmentAdministration>()
            .AssignAsync(id, new TariffTarget(TariffScope.Connector, "CP-1", 1, "FLEET"), Manager, CancellationToken.None);

        var page = await RenderEditorAsync(id, OperatorRoles.Manager);

        Assert.Equal("Standardv1", page.QuerySelector("h1")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).Trim());
        var buttons = page.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains("saveSave", buttons);
        Assert.Contains("archiveArchive", buttons);
        Assert.Contains("add_linkAssign", buttons);
        Assert.Equal(["Energy[0]", "Energy[1]"], page.QuerySelectorAll("[data-entry^='Energy']").Select(e => e.GetAttribute("data-entry")));
        Assert.Equal("CP-1 connector 1", page.QuerySelector(".evd-assignments tbody td")!.TextContent.Trim());
        Assert.Equal("v1current", page.QuerySelector(".evd-versions tbody td")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".evd-breakdown tfoot .total"));
    }

    [Fact]
    public async Task TariffEditorPage_Operator_ReadOnlyFieldsNoChangeButtons()
    {
        var id = await CreateAsync("Standard", TariffSamples.Standard);

        var page = await RenderEditorAsync(id, OperatorRoles.Operator);

        Assert.NotNull(page.QuerySelector(".evd-readonly"));
        Assert.All(page.QuerySelectorAll(".evd-tariff-form input:not([aria-hidden]):not(.rz-dropdown-filter)"), input => Assert.True(input.HasAttribute("disabled"), input.OuterHtml));
        Assert.All(page.QuerySelectorAll(".evd-tariff-form .rz-chkbox, .evd-tariff-form .rz-dropdown"), box => Assert.Contains("rz-state-disabled", box.ClassList));
        var buttons = page.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.DoesNotContain(buttons, b => b.Contains("Save", StringComparison.Ordinal) || b.Contains("Archive", StringComparison.Ordinal)
            || b.Contains("Assign", StringComparison.Ordinal) || b.Contains("Add ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TariffForm_BadInput_MessageBesideEachField()
    {
        var draft = TariffDraft.New();
        draft.Name = " ";
        draft.VatRatePercent = 120m;
        draft.Energy[0].Price = null;
        draft.Energy.Add(new PriceEntryDraft { Price = 0.29m, StartTime = "7h", EndTime = "22:00", MinKwh = 20m, MaxKwh = 10m });
        var errors = draft.Check().Errors;

        var page = await AppPageRenderer.RenderAsync<TariffForm>(_factory, "/tariffs/new",
            new Dictionary<string, object?> { ["Draft"] = draft, ["Errors"] = errors, ["IsNew"] = true }, OperatorRoles.Manager);

        string? Message(string scope, string field) => page.QuerySelector($"{scope} .evd-field-error[data-field='{field}']")?.TextContent;
        Assert.Equal("Give the tariff a name.", Message(".evd-tariff-form", "Name"));
        Assert.Equal("VAT is a percentage from 0 to 100.", Message(".evd-tariff-form", "VatRatePercent"));
        Assert.Equal("Enter a price (0 for free).", Message("[data-entry='Energy[0]']", "Energy[0].Price"));
        Assert.Equal("Enter a time as hh:mm (e.g. 07:00), or leave it empty.", Message("[data-entry='Energy[1]']", "Energy[1].Restriction.StartTime"));
        Assert.Equal("The range must end above where it starts.", Message("[data-entry='Energy[1]']", "Energy[1].Restriction.MaxEnergyWh"));
        var fields = page.QuerySelectorAll(".evd-field-error").Select(e => e.GetAttribute("data-field")).ToList();
        Assert.True(fields.Count == 5, string.Join(" | ", fields));
    }

    [Fact]
    public async Task CostPreviewPage_ConnectorLink_NamesTheResolvedTariffAndPricesTheSample()
    {
        var id = await CreateAsync("Standard", TariffSamples.Standard);
        await AddChargePointAsync();
        await _factory.Services.GetRequiredService<TariffAssignmentAdministration>()
            .AssignAsync(id, new TariffTarget(TariffScope.Site), Manager, CancellationToken.None);

        var page = await AppPageRenderer.RenderAsync<CostPreviewPage>(_factory, "/tariffs/preview?chargePointId=CP-1&connectorId=1", role: OperatorRoles.SiteStaff);

        Assert.Equal("Standard, version 1 (assigned to the site)", page.QuerySelector(".evd-resolved")!.TextContent.Trim());
        var components = page.QuerySelectorAll(".evd-breakdown tbody tr").Select(r => r.GetAttribute("data-component")).ToList();
        Assert.Contains("StartFee", components);
        Assert.Contains("Energy", components);
        Assert.Contains("Idle", components);
        Assert.EndsWith("EUR", page.QuerySelector(".evd-breakdown tfoot .total td")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostPreviewPage_NoAssignment_SaysTheSessionWouldNotBePriced()
    {
        await AddChargePointAsync();

        var page = await AppPageRenderer.RenderAsync<CostPreviewPage>(_factory, "/tariffs/preview?chargePointId=CP-1&connectorId=1", role: OperatorRoles.Operator);

        Assert.StartsWith("No tariff applies here", page.QuerySelector(".evd-resolved")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".evd-breakdown"));
    }

    private TariffAdministration Administration => _factory.Services.GetRequiredService<TariffAdministration>();

    private async Task<int> CreateAsync(string name, TariffDefinition definition) =>
        (await Administration.CreateAsync(name, null, definition, Manager, CancellationToken.None)).TariffId!.Value;

    private Task AddChargePointAsync() =>
        _factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            (scope, _) =>
            {
                scope.Db.ChargePoints.Add(new ChargePoint("CP-1", "Car park", DateTimeOffset.UtcNow, registeredOnFirstConnect: false));
                scope.Db.Connectors.Add(new Connector("CP-1", 1));
                return Task.CompletedTask;
            },
            CancellationToken.None);

    private Task<AngleSharp.Dom.IDocument> RenderEditorAsync(int id, string role) =>
        AppPageRenderer.RenderAsync<TariffEditorPage>(_factory, $"/tariffs/{id}", new Dictionary<string, object?> { ["Id"] = id }, role);
}
