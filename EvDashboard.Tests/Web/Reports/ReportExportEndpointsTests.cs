using System.Net;
using EvDashboard.Core.Access;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Reports;

/// <summary>The report pages' download endpoint (/reports/{report}/export) with a signed-in cookie.</summary>
public sealed class ReportExportEndpointsTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    private FakeReportQueries _reports = default!;

    public Task InitializeAsync()
    {
        _reports = FakeReportQueries.Install(_factory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(OperatorRoles.Admin, "pdf", "application/pdf")]
    [InlineData(OperatorRoles.Manager, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData(OperatorRoles.Manager, "csv", "text/csv")]
    public async Task Get_Manage_FileOfTheRequest(string role, string format, string contentType)
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, role);
        var request = ReportTestData.October;

        using var response = await browser.GetAsync($"/reports/revenue/export?{request.ToQuery()}&format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"revenue-2026-10-01_2026-10-31.{format}", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(request, _reports.LastRequest);
    }

    /// <summary>
    /// A signed-in role without Manage is refused the file. The cookie scheme answers a refusal with a redirect to
    /// /access-denied (the same as every other download, e.g. /sessions/export.csv), never with the file.
    /// </summary>
    [Theory]
    [InlineData(OperatorRoles.Operator)]
    [InlineData(OperatorRoles.SiteStaff)]
    public async Task Get_WithoutManage_Refused(string role)
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, role);

        using var response = await browser.GetAsync($"/reports/revenue/export?{ReportTestData.October.ToQuery()}&format=xlsx");
        using var job = await browser.GetAsync("/reports/exports/0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, job.StatusCode);
        Assert.Null(_reports.LastRequest);
    }

    [Theory]
    [InlineData("revenue/export?format=json", HttpStatusCode.BadRequest)]
    [InlineData("revenue/export?groupBy=hour&format=csv", HttpStatusCode.BadRequest)]
    [InlineData("profit/export?format=csv", HttpStatusCode.NotFound)]
    public async Task Get_BadRequest_Problem(string pathAndQuery, HttpStatusCode expected)
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, OperatorRoles.Manager);

        using var response = await browser.GetAsync($"/reports/{pathAndQuery}");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
