using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Reports;

/// <summary>/api/reports over HTTP with the report queries faked: validation, formats, headers and roles.</summary>
public sealed class ReportEndpointsTests : IAsyncLifetime
{
    private const string October = "from=2026-10-01&to=2026-10-31";

    private readonly EvDashboardFactory _factory = new();

    private FakeReportQueries _reports = default!;

    public Task InitializeAsync()
    {
        _reports = FakeReportQueries.Install(_factory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("revenue?from=2026-13-01", "from '2026-13-01' is not a date; use yyyy-MM-dd (e.g. 2026-10-01).")]
    [InlineData("revenue?from=2026-10-31&to=2026-10-01", "from (2026-10-31) is after to (2026-10-01); the range needs from ≤ to.")]
    [InlineData("energy?from=2020-01-01&to=2026-10-01", "The range from 2020-01-01 to 2026-10-01 is longer than 1097 days; choose a shorter range.")]
    [InlineData("revenue?groupBy=hour", "groupBy 'hour' is not available for the revenue report; use one of: day, week, month, site, chargePoint, connector, tariff, group.")]
    [InlineData("utilisation?groupBy=tariff", "groupBy 'tariff' is not available for the utilisation report; use one of: day, week, month, site, chargePoint, connector.")]
    [InlineData("utilisation?groupBy=group", "groupBy 'group' is not available for the utilisation report; use one of: day, week, month, site, chargePoint, connector.")]
    [InlineData("revenue?compare=yesterday", "compare 'yesterday' is unknown; use none, previous or lastYear.")]
    [InlineData("revenue?format=docx", "format 'docx' is unknown; use one of: json, csv, xlsx, pdf.")]
    [InlineData("heatmap?to=2026-02-30", "to '2026-02-30' is not a date; use yyyy-MM-dd (e.g. 2026-10-01).")]
    [InlineData("heatmap?metric=power", "metric 'power' is unknown; use energy, sessions or occupancy.")]
    [InlineData("stations?count=0", "count '0' is not a whole number from 1 to 50.")]
    [InlineData("stations?from=2026-11-02&to=2026-11-01", "from (2026-11-02) is after to (2026-11-01); the range needs from ≤ to.")]
    public async Task Get_BadQuery_400WithTheParsersMessage(string pathAndQuery, string message)
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", EvDashboardFactory.TestApiKey);

        using var response = await client.GetAsync($"/api/reports/{pathAndQuery}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, problem.GetProperty("detail").GetString());
        Assert.Null(_reports.LastRequest);
    }

    [Fact]
    public async Task Get_UnknownReport_404ListingTheReports()
    {
        using var client = AdminClient();

        using var response = await client.GetAsync($"/api/reports/profit?{October}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("There is no report 'profit'; the reports are revenue, energy, utilisation.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_Json_ReportOfTheParsedRequest()
    {
        using var client = AdminClient();

        using var response = await client.GetAsync($"/api/reports/energy?{October}&groupBy=chargePoint&compare=lastYear&chargePointId=CP-07");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(new ReportRequest(ReportKind.Energy, new(2026, 10, 1), new(2026, 10, 31), ReportGrouping.ChargePoint, ReportComparison.PreviousYear, "CP-07"), _reports.LastRequest);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(31, json.GetProperty("rows").GetArrayLength());
    }

    [Theory]
    [InlineData("csv", "text/csv", "revenue-2026-10-01_2026-10-31.csv")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "revenue-2026-10-01_2026-10-31.xlsx")]
    [InlineData("pdf", "application/pdf", "revenue-2026-10-01_2026-10-31.pdf")]
    public async Task Get_FileFormat_DownloadNamedAfterReportAndRange(string format, string contentType, string fileName)
    {
        using var client = AdminClient();

        using var response = await client.GetAsync($"/api/reports/revenue?{October}&format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task Get_HeatmapAndStations_Json()
    {
        using var client = AdminClient();

        var heatmap = await client.GetFromJsonAsync<JsonElement>($"/api/reports/heatmap?{October}&metric=occupancy");
        var stations = await client.GetFromJsonAsync<JsonElement>($"/api/reports/stations?{October}&count=3");

        Assert.Equal("Occupancy", heatmap.GetProperty("metric").GetString());
        Assert.Equal("2026-10-01", heatmap.GetProperty("from").GetString());
        Assert.Equal(7, heatmap.GetProperty("cells").GetArrayLength());
        Assert.Equal(24, heatmap.GetProperty("cells")[0].GetArrayLength());
        Assert.Equal(3, stations.GetProperty("top").GetArrayLength());
    }

    [Theory]
    [InlineData(OperatorRoles.Admin, HttpStatusCode.OK)]
    [InlineData(OperatorRoles.Manager, HttpStatusCode.OK)]
    [InlineData(OperatorRoles.Operator, HttpStatusCode.Forbidden)]
    [InlineData(OperatorRoles.SiteStaff, HttpStatusCode.Forbidden)]
    public async Task Get_ApiKeyRole_OnlyAdminAndManager(string role, HttpStatusCode expected)
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await AddKeyAsync(role));

        using var report = await client.GetAsync($"/api/reports/revenue?{October}&format=xlsx");
        using var heatmap = await client.GetAsync($"/api/reports/heatmap?{October}");
        using var stations = await client.GetAsync($"/api/reports/stations?{October}");

        Assert.Equal([expected, expected, expected], new[] { report.StatusCode, heatmap.StatusCode, stations.StatusCode });
    }

    private HttpClient AdminClient()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", EvDashboardFactory.TestApiKey);
        return client;
    }

    private async Task<string> AddKeyAsync(string role)
    {
        var secret = SecretToken.Create(ApiKey.Prefix);
        await using var db = _factory.CreateDbContext();
        db.ApiKeys.Add(new ApiKey($"{role} key", role, secret, DateTimeOffset.UtcNow, null, new Actor("admin@example.com")));
        await db.SaveChangesAsync();
        return secret;
    }
}
