using System.Net;
using AngleSharp.Dom;
using EvDashboard.Components.Pages.Reports;
using EvDashboard.Core.Access;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Reports;

/// <summary>The report pages rendered by the app's own services over the canned report queries, as a Manager sees them.</summary>
public sealed class ReportPagesTests : IAsyncLifetime
{
    private const string October = "from=2026-10-01&to=2026-10-03";

    private readonly EvDashboardFactory _factory = new() { UseFakeReports = true };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task RevenuePage_ThreeDays_TableHasUnitsFormattedValuesAndTotalRow()
    {
        var document = await RenderAsync<RevenueReportPage>("/reports/revenue?" + October);

        var table = document.QuerySelector(".evd-report-table")!;
        Assert.Equal(["Date", "Sessions", "Energy (kWh)", "Net (EUR)", "VAT (EUR)", "Gross (EUR)"], Texts(table, "thead th"));
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Equal(["1 Oct 2026", "10", "125.000", "50.00", "9.50", "59.50"], Texts(rows[0], "td"));
        Assert.Equal(["Total", "33", "412.500", "165.00", "31.35", "196.35"], Texts(table, "tfoot td"));
        Assert.All(table.QuerySelectorAll("tbody tr td:not(:first-child)"), cell => Assert.Contains("evd-num", cell.ClassList));
    }

    [Fact]
    public async Task RevenuePage_Month_NumbersHaveThousandsSeparatorsAndRankingsShow()
    {
        var document = await RenderAsync<RevenueReportPage>("/reports/revenue?from=2026-10-01&to=2026-10-31");

        Assert.Equal(31, document.QuerySelectorAll(".evd-report-table tbody tr").Length);
        Assert.Matches(@"^\d{1,3}(,\d{3})+\.\d{2}$", document.QuerySelectorAll(".evd-report-table tfoot td")[5].TextContent.Trim());
        Assert.Equal(5, document.QuerySelectorAll(".evd-ranking-top tbody tr").Length);
        Assert.Equal(5, document.QuerySelectorAll(".evd-ranking-bottom tbody tr").Length);
        Assert.Equal(["CP-01", "1,134.50 EUR", "2,350.125", "190", "39.0"], Texts(document.QuerySelector(".evd-ranking-top tbody tr")!, "td").Select(FirstLine).ToList());
        Assert.NotNull(document.QuerySelector("a[href^='/reports/revenue/export?from=2026-10-01&to=2026-10-31'][href$='format=csv']"));
    }

    [Fact]
    public async Task RevenuePage_ComparedWithPreviousPeriod_FiguresShowPreviousValueAndChange()
    {
        var document = await RenderAsync<RevenueReportPage>("/reports/revenue?" + October + "&compare=previous");

        var gross = document.QuerySelectorAll(".evd-report-figure").First(f => f.QuerySelector(".evd-report-figure-label")!.TextContent == "Gross revenue");
        Assert.Equal("196.35 EUR", gross.QuerySelector(".evd-report-figure-value")!.TextContent.Trim());
        Assert.Equal("before: 157.08 EUR", gross.QuerySelector(".evd-report-figure-before")!.TextContent.Trim());
        var change = gross.QuerySelector(".evd-report-change")!;
        Assert.Equal("+25.0 %", change.QuerySelector(".evd-report-change-value")!.TextContent.Trim());
        Assert.Equal("arrow_upward", change.QuerySelector(".rzi")!.TextContent.Trim());
        Assert.Contains("evd-report-change-good", change.ClassList);
        Assert.Null(document.QuerySelectorAll(".evd-report-figure").First(f => f.TextContent.Contains("Sessions", StringComparison.Ordinal)).QuerySelector(".evd-report-change"));
    }

    [Fact]
    public async Task UtilisationPage_MoreFailedSessions_ChangeShownAsBadNews()
    {
        var document = await RenderAsync<UtilisationReportPage>("/reports/utilisation?" + October + "&compare=lastYear");

        var failed = document.QuerySelectorAll(".evd-report-figure").First(f => f.TextContent.Contains("Failed sessions", StringComparison.Ordinal));
        var change = failed.QuerySelector(".evd-report-change")!;
        Assert.Equal("+40.0 %", change.QuerySelector(".evd-report-change-value")!.TextContent.Trim());
        Assert.Equal("arrow_upward", change.QuerySelector(".rzi")!.TextContent.Trim());
        Assert.Contains("evd-report-change-bad", change.ClassList);
        Assert.Contains("Charging (%)", Texts(document.QuerySelector(".evd-report-table")!, "thead th"));
        Assert.Null(document.QuerySelector(".evd-report-table tfoot"));
    }

    [Fact]
    public async Task EnergyPage_Heatmap_TableHasEveryWeekdayAndHourWithUnitAndZone()
    {
        var document = await RenderAsync<EnergyReportPage>("/reports/energy?" + October);

        var table = document.QuerySelector(".evd-heatmap-table")!;
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(7, rows.Length);
        Assert.Equal(25, table.QuerySelectorAll("thead th").Length);
        Assert.Equal("Mon", rows[0].QuerySelector("th")!.TextContent);
        Assert.Equal("0.700", rows[0].QuerySelectorAll("td")[7].TextContent);
        Assert.Equal("8.300", rows[6].QuerySelectorAll("td")[23].TextContent);
        Assert.Contains("(kWh)", document.QuerySelector(".evd-heatmap-table-title")!.TextContent, StringComparison.Ordinal);
        var title = document.QuerySelector(".evd-heatmap-title")!.TextContent;
        Assert.Contains("Energy per hour (kWh)", title, StringComparison.Ordinal);
        Assert.Contains("1 Oct 2026 – 3 Oct 2026", title, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", title, StringComparison.Ordinal);
        Assert.Equal(7 * 24, document.QuerySelectorAll(".evd-heatmap-cell").Length);
    }

    [Fact]
    public async Task RevenuePage_EmptyRange_SaysSoInsteadOfChartAndTable()
    {
        _factory.Reports.Answer = CannedReports.Empty;

        var document = await RenderAsync<RevenueReportPage>("/reports/revenue?" + October);

        Assert.Equal("No charging sessions or status data in this range", document.QuerySelector(".evd-empty h2")!.TextContent.Trim());
        Assert.Null(document.QuerySelector(".evd-report-table"));
        Assert.Null(document.QuerySelector(".evd-report-chart"));
    }

    [Fact]
    public async Task RevenuePage_QueryFails_ShowsPoliteMessageWithRetry()
    {
        _factory.Reports.Failure = new InvalidOperationException("database is locked");

        var document = await RenderAsync<RevenueReportPage>("/reports/revenue?" + October);

        var alert = document.QuerySelector(".evd-report-failed")!;
        Assert.Contains("could not be made", alert.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("database is locked", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(alert.QuerySelectorAll("button"), b => b.TextContent.Contains("Try again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FilterBar_AddressWithWeekAndLastYear_FieldsShowTheAddressAndReportIsAskedForIt()
    {
        var document = await RenderAsync<RevenueReportPage>("/reports/revenue?from=2026-09-01&to=2026-09-30&groupBy=week&compare=lastYear&chargePointId=CP-7");

        var bar = document.QuerySelector(".evd-report-filters")!;
        Assert.Equal(["2026-09-01", "2026-09-30"], bar.QuerySelectorAll(".rz-datepicker input").Select(i => i.GetAttribute("value")));
        var labels = bar.QuerySelectorAll(".rz-dropdown .rz-dropdown-label, .rz-dropdown .rz-placeholder").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("Week", labels);
        Assert.Contains("Same period last year", labels);
        var asked = Assert.Single(_factory.Reports.Requests);
        Assert.Equal(new ReportRequest(ReportKind.Revenue, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), ReportGrouping.Week, ReportComparison.PreviousYear, "CP-7"), asked);
    }

    [Fact]
    public async Task FilterBar_UtilisationReport_OffersOnlyItsGroupings()
    {
        var document = await RenderAsync<UtilisationReportPage>("/reports/utilisation?" + October);

        var options = document.QuerySelectorAll(".evd-report-group .rz-dropdown-item").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(["Day", "Week", "Month", "Site", "Charge point", "Connector"], options);
        Assert.DoesNotContain("Tariff", options);
        Assert.DoesNotContain("idTag group", options);
    }

    [Fact]
    public async Task RevenuePage_BadQuery_ShowsParserMessageAndTheDefaultReport()
    {
        var document = await RenderAsync<RevenueReportPage>("/reports/revenue?from=yesterday&groupBy=day");

        var alert = document.QuerySelector(".evd-report-query-error")!;
        Assert.Contains("from 'yesterday' is not a date; use yyyy-MM-dd", alert.TextContent, StringComparison.Ordinal);
        var asked = Assert.Single(_factory.Reports.Requests);
        Assert.Equal(ReportRequestParser.DefaultDays, asked.Days);
        Assert.Equal(30, document.QuerySelectorAll(".evd-report-table tbody tr").Length);
    }

    [Theory]
    [InlineData(OperatorRoles.Admin, true)]
    [InlineData(OperatorRoles.Manager, true)]
    [InlineData(OperatorRoles.Operator, false)]
    [InlineData(OperatorRoles.SiteStaff, false)]
    public async Task Get_ReportPages_OnlyManageRoles(string role, bool allowed)
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, role);

        foreach (var path in new[] { "/reports/revenue", "/reports/energy", "/reports/utilisation?groupBy=connector", "/reports" })
        {
            using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            if (allowed && path == "/reports")
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && location.EndsWith("/reports/revenue", StringComparison.Ordinal), $"{role} {path}: {(int)response.StatusCode} {location}");
            }
            else if (allowed)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} {path}: {(int)response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && location.Contains("/access-denied", StringComparison.Ordinal), $"{role} {path}: {(int)response.StatusCode} {location}");
            }
        }
    }

    [Theory]
    [InlineData(OperatorRoles.Admin, true)]
    [InlineData(OperatorRoles.Manager, true)]
    [InlineData(OperatorRoles.Operator, false)]
    [InlineData(OperatorRoles.SiteStaff, false)]
    public async Task Navigation_Role_ShowsReportsOnlyForManage(string role, bool shown)
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, role);

        var html = await browser.GetStringAsync(new Uri("/", UriKind.Relative));

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var links = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(shown, links.Contains("/reports/revenue"));
        Assert.Equal(shown, links.Contains("/reports/energy"));
        Assert.Equal(shown, links.Contains("/reports/utilisation"));
    }

    private Task<IDocument> RenderAsync<TPage>(string path)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        AppPageRenderer.RenderAsync<TPage>(_factory, path, role: OperatorRoles.Manager);

    private static List<string> Texts(IElement parent, string selector) => parent.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
