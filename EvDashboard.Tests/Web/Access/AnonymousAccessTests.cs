using System.Net;
using System.Reflection;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Tests.Web.Access;

/// <summary>Nobody gets in without signing in, except where the issue says so: the login page, /healthz, a display token's wall.</summary>
public sealed class AnonymousAccessTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/stations")]
    [InlineData("/stations/CP-1")]
    [InlineData("/sessions")]
    [InlineData("/sessions/active")]
    [InlineData("/sessions/1")]
    [InlineData("/wall")]
    [InlineData("/access-denied")]
    public async Task Get_Page_Anonymous_RedirectsToLoginWithReturnUrl(string path)
    {
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Get_SessionExport_Anonymous_RedirectsToLoginAndSendsNoData()
    {
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var response = await browser.GetAsync("/sessions/export.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/healthz")]
    [InlineData("/account/password?user=x&token=y")]
    public async Task Get_OpenEndpoint_Anonymous_Answers200(string path)
    {
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/charge-points")]
    [InlineData("/hubs/live/negotiate?negotiateVersion=1")]
    [InlineData("/openapi/v1.json")]
    public async Task Get_MachineEndpoint_Anonymous_Is401NotARedirect(string path)
    {
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var response = path.Contains("negotiate", StringComparison.Ordinal)
            ? await browser.PostAsync(path, null)
            : await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Pages_Every_DeclareWhoMayOpenThem()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
            .ToList();

        var undeclared = pages
            .Where(t => !t.GetCustomAttributes<AuthorizeAttribute>().Any() && !t.GetCustomAttributes<AllowAnonymousAttribute>().Any())
            .Select(t => t.Name)
            .ToList();

        Assert.True(pages.Count >= 10, $"Only {pages.Count} pages found.");
        Assert.Empty(undeclared);
    }

    [Fact]
    public void Pages_Anonymous_OnlyTheAccountAndErrorPages()
    {
        var open = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<RouteAttribute>().Any() && t.GetCustomAttributes<AllowAnonymousAttribute>().Any())
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["ErrorPage", "LoginPage", "SetPasswordPage", "SetupPage", "StatusPage"], open);
    }
}
