using System.Net;
using EvDashboard.Core.Access;
using EvDashboard.Core.Access.Queries;
using EvDashboard.Core.Audit;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Access;

/// <summary>A display token opens the wall, read-only, and nothing else; revoking it closes the wall.</summary>
public sealed class DisplayTokenTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Wall_ValidTokenLink_MovesTheTokenIntoACookieAndShowsTheWall()
    {
        var secret = await AddTokenAsync(expiresAt: null);
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var link = await browser.GetAsync($"/wall?token={secret}");
        using var wall = await browser.GetAsync("/wall");

        Assert.Equal("/wall", link.Headers.Location!.OriginalString);
        var cookie = Assert.Single(link.Headers.GetValues("Set-Cookie"), c => c.StartsWith("EvDashboard.Display=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stations")]
    [InlineData("/sessions/export.csv")]
    public async Task OtherPages_WithDisplayToken_AreNotOpened(string path)
    {
        var secret = await AddTokenAsync(expiresAt: null);
        using var browser = OperatorLogin.CreateBrowser(_factory);
        (await browser.GetAsync($"/wall?token={secret}")).Dispose();

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WithDisplayTokenAsKey_IsRefused()
    {
        var secret = await AddTokenAsync(expiresAt: null);
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);

        using var response = await client.GetAsync("/api/charge-points");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Wall_RevokedToken_SendsTheDisplayToTheSignInPageWithTheReason()
    {
        var secret = await AddTokenAsync(expiresAt: null);
        using var browser = OperatorLogin.CreateBrowser(_factory);
        (await browser.GetAsync($"/wall?token={secret}")).Dispose();

        await using (var db = _factory.CreateDbContext())
        {
            var token = await db.DisplayTokens.SingleAsync();
            token.Revoke(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        _factory.Services.GetRequiredService<AccessTokenLookup>().Invalidate();
        using var wall = await browser.GetAsync("/wall");
        using var link = await OperatorLogin.CreateBrowser(_factory).GetAsync($"/wall?token={secret}");

        Assert.Equal("/login?display=invalid", wall.Headers.Location!.OriginalString);
        Assert.Equal("/login?display=invalid", link.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wall_ExpiredToken_IsRefused()
    {
        var secret = await AddTokenAsync(expiresAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var link = await browser.GetAsync($"/wall?token={secret}");

        Assert.Equal("/login?display=invalid", link.Headers.Location!.OriginalString);
        await using var db = _factory.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "display.link-refused" && !e.Succeeded));
    }

    private async Task<string> AddTokenAsync(DateTimeOffset? expiresAt)
    {
        var secret = SecretToken.Create(DisplayToken.Prefix);
        await using var db = _factory.CreateDbContext();
        db.DisplayTokens.Add(new DisplayToken("Lobby", null, secret, DateTimeOffset.UtcNow, expiresAt, new Actor("admin@example.com")));
        await db.SaveChangesAsync();
        return secret;
    }
}
