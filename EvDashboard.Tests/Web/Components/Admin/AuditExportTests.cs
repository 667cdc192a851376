using System.Net;
using EvDashboard.Components.Pages.Admin;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Audit.Queries;
using EvDashboard.Core.Sites;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Admin;

public sealed class AuditExportTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Export_SignedInManager_FilteredCsvWithFormulasDefused()
    {
        var audit = _factory.Services.GetRequiredService<AuditTrail>();
        await audit.RecordAsync(new Actor("=HYPERLINK(\"http://evil\")"), "login.failed", "+1-555", AuditResult.Failed, "@SUM(A1), \"quoted\"", "10.0.0.9", CancellationToken.None);
        await audit.RecordAsync(Actor.System, "user.seed-admin", "x@example.com", AuditResult.Succeeded, null, null, CancellationToken.None);
        using var manager = await OperatorLogin.SignedInAsync(_factory, OperatorRoles.Manager);

        using var response = await manager.GetAsync(new Uri("/admin/audit/export.csv?action=login.failed&result=failed", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(AuditCsvWriter.Header, lines[0]);
        var fields = Assert.Single(lines.Skip(1)).Split(',');
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil\"\")\"", fields[3]);
        Assert.Equal(("login.failed", "'+1-555", "Failed"), (fields[4], fields[5], fields[6]));
        Assert.Equal("\"'@SUM(A1)", fields[7]);
        Assert.Equal(" \"\"quoted\"\"\"", fields[8]);
        Assert.Equal("10.0.0.9", fields[9]);
    }

    [Fact]
    public async Task Export_SiteStaffOrAnonymous_NoCsv()
    {
        using var staff = await OperatorLogin.SignedInAsync(_factory, OperatorRoles.SiteStaff);
        using var anonymous = OperatorLogin.CreateBrowser(_factory);

        using var forbidden = await staff.GetAsync(new Uri("/admin/audit/export.csv", UriKind.Relative));
        using var challenged = await anonymous.GetAsync(new Uri("/admin/audit/export.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.StartsWith("/access-denied", forbidden.Headers.Location?.PathAndQuery ?? forbidden.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        Assert.Contains("/login", challenged.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("\tx", "'\tx")]
    [InlineData(null, "")]
    public void Text_FormulaAndSeparators_EscapedForSpreadsheets(string? value, string expected) =>
        Assert.Equal(expected, AuditCsvWriter.Text(value));

    [Fact]
    public void Criteria_ParseRoundTrip_LocalDatesBecomeSiteDayBounds()
    {
        var criteria = AuditCriteria.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(
            "?from=2026-11-01&to=2026-11-02&actor=ana&action=user.&target=CP&result=DENIED&junk=1"));
        var clock = _factory.Services.GetRequiredService<SiteClock>();

        var filter = criteria.ToFilter(clock);

        Assert.Equal("?from=2026-11-01&to=2026-11-02&actor=ana&action=user.&target=CP&result=denied", criteria.ToQueryString());
        Assert.Equal(clock.StartOfLocalDate(new DateOnly(2026, 11, 1)), filter.From);
        Assert.Equal(clock.StartOfLocalDate(new DateOnly(2026, 11, 3)), filter.Until);
        Assert.Equal(new AuditFilter { From = filter.From, Until = filter.Until, Actor = "ana", ActionPrefix = "user.", Target = "CP", Result = AuditResult.Denied }, filter);
        Assert.Equal(new AuditCriteria(), AuditCriteria.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?from=yesterday&result=7")));
    }
}
