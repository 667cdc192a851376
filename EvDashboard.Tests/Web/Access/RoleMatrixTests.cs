using System.Net;
using EvDashboard.Components.Pages.Stations;
using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Access;

/// <summary>The role matrix of the README, enforced on the server for pages and downloads.</summary>
public sealed class RoleMatrixTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new(new Dictionary<string, string?> { ["Access:LoginAttemptsPerMinute"] = "100" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(OperatorRoles.Admin)]
    [InlineData(OperatorRoles.Operator)]
    [InlineData(OperatorRoles.Manager)]
    [InlineData(OperatorRoles.SiteStaff)]
    public async Task Get_MonitoringPages_AnyRole_Answers200(string role)
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, role);

        foreach (var path in new[] { "/", "/stations", "/sessions", "/sessions/active", "/wall" })
        {
            using var response = await browser.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} {path}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData(OperatorRoles.Admin, true)]
    [InlineData(OperatorRoles.Manager, true)]
    [InlineData(OperatorRoles.Operator, false)]
    [InlineData(OperatorRoles.SiteStaff, false)]
    public async Task Get_SessionExport_ByRole_OnlyAdminAndManager(string role, bool allowed)
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, role);

        using var response = await browser.GetAsync("/sessions/export.csv");

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(OperatorRoles.Admin, true)]
    [InlineData(OperatorRoles.Operator, true)]
    [InlineData(OperatorRoles.Manager, false)]
    [InlineData(OperatorRoles.SiteStaff, false)]
    public async Task Render_StationDetail_CommandsOnlyForAdminAndOperator(string role, bool hasCommands)
    {
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-ROLE");
        await cp.CallAsync("BootNotification", new { chargePointVendor = "V", chargePointModel = "M" });

        var page = await AppPageRenderer.RenderAsync<StationDetailPage>(
            _factory, "/stations/CP-ROLE", new Dictionary<string, object?> { ["Id"] = "CP-ROLE" }, role);

        Assert.NotNull(page.QuerySelector("h1"));
        Assert.Equal(hasCommands, page.QuerySelectorAll("button").Any(b => b.TextContent.Contains("Hard reset", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData(OperatorRoles.Admin, true)]
    [InlineData(OperatorRoles.Operator, true)]
    [InlineData(OperatorRoles.Manager, false)]
    [InlineData(OperatorRoles.SiteStaff, false)]
    public async Task Gate_Operate_ByRole_MatchesTheMatrix(string role, bool allowed)
    {
        await using var provider = ComponentRenderer.Services(role).BuildServiceProvider();
        var gate = provider.GetRequiredService<OperatorGate>();
        var state = provider.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync();

        var actor = await gate.AllowAsync(state, AccessPolicies.Operate);

        Assert.Equal(allowed, actor is not null);
        if (allowed)
        {
            Assert.Equal($"{role.ToLowerInvariant()}@example.com", actor!.Name);
        }
    }
}
