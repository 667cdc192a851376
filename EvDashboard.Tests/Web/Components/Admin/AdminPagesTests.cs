using System.Net;
using EvDashboard.Components.Pages.Admin;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Admin;

/// <summary>The admin pages as an Admin sees them, rendered by the app's own services over its database.</summary>
public sealed class AdminPagesTests : IAsyncLifetime
{
    private static readonly Actor Admin = new("admin@example.com");

    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/admin/users", OperatorRoles.Manager, false)]
    [InlineData("/admin/api-keys", OperatorRoles.Operator, false)]
    [InlineData("/admin/display-tokens", OperatorRoles.SiteStaff, false)]
    [InlineData("/admin/audit", OperatorRoles.Operator, false)]
    [InlineData("/admin/audit", OperatorRoles.Manager, true)]
    [InlineData("/admin/users", OperatorRoles.Admin, true)]
    public async Task Get_SignedInRole_PageOnlyForItsPolicy(string path, string role, bool allowed)
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, role);

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(allowed, document.QuerySelector(".evd-admin") is not null);
        if (!allowed)
        {
            Assert.StartsWith("/access-denied", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UsersPage_ListsAccountsWithRolesAndState()
    {
        await OperatorLogin.CreateUserAsync(_factory, "ana@example.com", OperatorRoles.Admin);
        await OperatorLogin.CreateUserAsync(_factory, "zed@example.com", OperatorRoles.SiteStaff);

        var document = await AppPageRenderer.RenderAsync<UsersPage>(_factory, "/admin/users");

        Assert.Equal("Users", document.QuerySelector("h1")!.TextContent);
        var rows = document.QuerySelectorAll(".evd-admin-grid tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("ana@example.com", rows[0].QuerySelectorAll("td")[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Site staff", rows[1].QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal("Active", rows[1].QuerySelector(".rz-badge")!.TextContent.Trim());
        Assert.Contains(rows[1].QuerySelectorAll("button"), b => b.TextContent.Contains("Disable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiKeysPage_ListsKeysByHintNeverBySecret()
    {
        var keys = _factory.Services.GetRequiredService<ApiKeyAdministration>();
        var live = await keys.CreateAsync("billing", OperatorRoles.Manager, null, Admin, CancellationToken.None);
        var gone = await keys.CreateAsync("old script", OperatorRoles.Operator, null, Admin, CancellationToken.None);
        await keys.RevokeAsync(gone.Id, Admin, CancellationToken.None);

        var document = await AppPageRenderer.RenderAsync<ApiKeysPage>(_factory, "/admin/api-keys");

        var rows = document.QuerySelectorAll(".evd-admin-grid tbody tr");
        Assert.Equal(["billing", "old script"], rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        Assert.Equal(live.Secret[..12] + "…", rows[0].QuerySelector("code")!.TextContent);
        Assert.StartsWith("Revoked ", rows[1].QuerySelectorAll("td")[4].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Single(document.QuerySelectorAll(".evd-admin-grid tbody button"));
        Assert.DoesNotContain(live.Secret, document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector(".evd-secret"));
    }

    [Fact]
    public async Task DisplayTokensPage_ListsTokensWithSite()
    {
        var tokens = _factory.Services.GetRequiredService<DisplayTokenAdministration>();
        await tokens.CreateAsync("lobby", "Depot A", DateTimeOffset.UtcNow.AddDays(7), Admin, CancellationToken.None);

        var document = await AppPageRenderer.RenderAsync<DisplayTokensPage>(_factory, "/admin/display-tokens");

        var cells = document.QuerySelectorAll(".evd-admin-grid tbody tr td");
        Assert.Equal(("lobby", "Depot A"), (cells[0].TextContent.Trim(), cells[1].TextContent.Trim()));
        Assert.StartsWith("Until ", cells[4].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_NewestFirstWithExportLink()
    {
        var audit = _factory.Services.GetRequiredService<AuditTrail>();
        await audit.RecordAsync(Admin, "apikey.create", "first", AuditResult.Succeeded, null, null, CancellationToken.None);
        await audit.RecordAsync(Admin, "apikey.revoke", "second", AuditResult.Denied, null, null, CancellationToken.None);

        var document = await AppPageRenderer.RenderAsync<AuditPage>(_factory, "/admin/audit", role: OperatorRoles.Manager);

        var rows = document.QuerySelectorAll(".evd-admin-grid tbody tr");
        Assert.Equal(["apikey.revoke", "apikey.create"], rows.Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()));
        Assert.Equal("Denied", rows[0].QuerySelector(".rz-badge")!.TextContent.Trim());
        Assert.Equal("/admin/audit/export.csv", document.QuerySelector("a.evd-audit-export")!.GetAttribute("href"));
    }
}
