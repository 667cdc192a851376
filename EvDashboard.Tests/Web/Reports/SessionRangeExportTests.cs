using System.Net;
using EvDashboard.Core.Access;
using EvDashboard.Core.Data;
using EvDashboard.Reports.Jobs;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Reports;

/// <summary>"Sessions in this range (CSV)" as a background job: progress, the file, and who may download it.</summary>
public sealed class SessionRangeExportTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    public async Task InitializeAsync()
    {
        var writer = _factory.Services.GetRequiredService<DatabaseWriter>();
        var october = new DateTimeOffset(2026, 10, 1, 6, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 40; i++)
        {
            await BillingSeed.SessionAsync(writer, $"TAG{i % 4}", october.AddHours(17 * i), i % 3 == 0 ? null : BillingSeed.Standard(), chargePointId: $"CP-0{i % 2}");
        }

        await BillingSeed.SessionAsync(writer, "TAG-LATE", new DateTimeOffset(2026, 11, 1, 0, 30, 0, TimeSpan.Zero), null);
        await BillingSeed.SessionAsync(writer, "TAG-EARLY", new DateTimeOffset(2026, 9, 30, 23, 30, 0, TimeSpan.Zero), null);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Start_Range_ReachesHundredPercentAndEqualsTheDirectExport()
    {
        var owner = await OperatorLogin.CreateUserAsync(_factory, "manager@example.com", OperatorRoles.Manager);
        using var browser = await SignInAsync("manager@example.com");

        var job = _factory.Services.GetRequiredService<SessionRangeExport>().Start(ReportTestData.October, owner.Id);
        await WaitAsync(job);

        Assert.Equal(ExportJobState.Completed, job.State);
        Assert.Equal((40, 40, 100), (job.Written, job.Total, job.Percent));
        using var download = await browser.GetAsync($"/reports/exports/{job.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("sessions-2026-10-01_2026-10-31.csv", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var direct = await browser.GetByteArrayAsync("/sessions/export.csv?from=2026-10-01&to=2026-10-31");
        var file = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(41, System.Text.Encoding.UTF8.GetString(file).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(direct, file);
    }

    [Fact]
    public async Task Download_AnotherUsersExport_NotFound()
    {
        var owner = await OperatorLogin.CreateUserAsync(_factory, "owner@example.com", OperatorRoles.Manager);
        using var other = await OperatorLogin.SignedInAsync(_factory, OperatorRoles.Admin);

        var job = _factory.Services.GetRequiredService<SessionRangeExport>().Start(ReportTestData.October with { ChargePointId = "CP-01" }, owner.Id);
        await WaitAsync(job);

        using var response = await other.GetAsync($"/reports/exports/{job.Id}");
        Assert.Equal(ExportJobState.Completed, job.State);
        Assert.Equal(20, job.Written);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var browser = OperatorLogin.CreateBrowser(_factory);
        using var response = await OperatorLogin.PostLoginAsync(browser, email, OperatorLogin.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    internal static async Task WaitAsync(ExportJob job)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (job.State == ExportJobState.Running)
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
