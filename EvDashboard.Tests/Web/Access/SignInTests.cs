using System.Net;
using EvDashboard.Core.Access;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Access;

/// <summary>Sign-in hardening: antiforgery, lockout, per-address rate limit, disabled accounts, safe return URLs, audit.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new(new Dictionary<string, string?>
    {
        ["Access:LoginAttemptsPerMinute"] = "100",
        ["Access:LockoutAttempts"] = "3",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Login_RightPassword_SetsHttpOnlyCookieRedirectsAndAudits()
    {
        await OperatorLogin.CreateUserAsync(_factory, "ada@example.com", OperatorRoles.Operator);
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var response = await OperatorLogin.PostLoginAsync(browser, "ada@example.com", OperatorLogin.Password, "/stations");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/stations", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("EvDashboard.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        await using var db = _factory.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == "login.succeeded");
        Assert.Equal(("ada@example.com", true), (audit.Actor, audit.Succeeded));
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRefusedAndSignsNobodyIn()
    {
        await OperatorLogin.CreateUserAsync(_factory, "csrf@example.com", OperatorRoles.Admin);
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "csrf@example.com",
            ["Password"] = OperatorLogin.Password,
        }));

        Assert.Equal("/login?error=form", response.Headers.Location!.OriginalString);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("EvDashboard.Auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logout_WithoutAntiforgeryToken_IsRefusedAndKeepsTheSession()
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, OperatorRoles.Admin);

        using var response = await browser.PostAsync("/account/logout", null);
        using var stillIn = await browser.GetAsync("/stations");

        Assert.Equal("/?error=form", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task Logout_WithToken_EndsTheSessionAndAudits()
    {
        using var browser = await OperatorLogin.SignedInAsync(_factory, OperatorRoles.Manager, "out@example.com");
        var token = await OperatorLogin.AntiforgeryTokenAsync(browser, "/stations");

        using var response = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var after = await browser.GetAsync("/stations");

        Assert.Equal("/login?info=signed-out", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        await using var db = _factory.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "logout" && e.Actor == "out@example.com"));
    }

    [Fact]
    public async Task Login_RepeatedWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        await OperatorLogin.CreateUserAsync(_factory, "lock@example.com", OperatorRoles.Admin);
        using var browser = OperatorLogin.CreateBrowser(_factory);

        for (var i = 0; i < 3; i++)
        {
            using var wrong = await OperatorLogin.PostLoginAsync(browser, "lock@example.com", "not the password at all");
            Assert.StartsWith("/login?error=", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var right = await OperatorLogin.PostLoginAsync(browser, "lock@example.com", OperatorLogin.Password);

        Assert.StartsWith("/login?error=locked", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = _factory.CreateDbContext();
        Assert.Equal(4, await db.AuditEntries.CountAsync(e => e.Action == "login.failed" && e.Target == "lock@example.com"));
    }

    [Fact]
    public async Task Login_DisabledAccount_IsRefusedLikeAWrongPassword()
    {
        var user = await OperatorLogin.CreateUserAsync(_factory, "gone@example.com", OperatorRoles.Admin);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();
            var stored = await users.FindByIdAsync(user.Id);
            stored!.IsDisabled = true;
            await users.UpdateAsync(stored);
        }

        using var browser = OperatorLogin.CreateBrowser(_factory);
        using var response = await OperatorLogin.PostLoginAsync(browser, "gone@example.com", OperatorLogin.Password);

        Assert.StartsWith("/login?error=invalid", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Login_ForeignReturnUrl_GoesHomeInstead(string returnUrl)
    {
        await OperatorLogin.CreateUserAsync(_factory, $"r{returnUrl.Length}@example.com", OperatorRoles.Admin);
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var response = await OperatorLogin.PostLoginAsync(browser, $"r{returnUrl.Length}@example.com", OperatorLogin.Password, returnUrl);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_UnknownAddress_SameAnswerAsAWrongPassword()
    {
        using var browser = OperatorLogin.CreateBrowser(_factory);

        using var response = await OperatorLogin.PostLoginAsync(browser, "nobody@example.com", "whatever whatever");

        Assert.StartsWith("/login?error=invalid", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
