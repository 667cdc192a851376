using System.Net;
using EvDashboard.Access;
using EvDashboard.Core.Access;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Web.Access;

/// <summary>First start: a one-time link, or the Seed settings, create the first admin; no default password exists.</summary>
public sealed class FirstAdminTests
{
    [Fact]
    public async Task Setup_WithTheLinksToken_CreatesAnAdminSignsInAndSpendsTheLink()
    {
        await using var factory = new EvDashboardFactory();
        var token = factory.Services.GetRequiredService<SetupToken>().Value;
        Assert.NotNull(token);
        using var browser = OperatorLogin.CreateBrowser(factory);

        using var created = await PostSetupAsync(browser, token, "first@example.com", "a long enough passphrase");
        using var home = await browser.GetAsync("/");
        using var again = await PostSetupAsync(OperatorLogin.CreateBrowser(factory), token, "second@example.com", "a long enough passphrase");

        Assert.Equal("/", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("/login?info=setup-done", again.Headers.Location!.OriginalString);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();
        var admin = Assert.Single(await users.Users.ToListAsync());
        Assert.Equal("first@example.com", admin.Email);
        Assert.True(await users.IsInRoleAsync(admin, OperatorRoles.Admin));
    }

    [Fact]
    public async Task Setup_ShortPassword_ExplainsTheRuleAndKeepsTheLink()
    {
        await using var factory = new EvDashboardFactory();
        var token = factory.Services.GetRequiredService<SetupToken>().Value!;
        using var browser = OperatorLogin.CreateBrowser(factory);

        using var response = await PostSetupAsync(browser, token, "first@example.com", "short");
        var page = await browser.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("error=PasswordTooShort", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains($"at least {OperatorUser.MinPasswordLength} characters", page, StringComparison.Ordinal);
        Assert.Equal(token, factory.Services.GetRequiredService<SetupToken>().Value);
    }

    [Fact]
    public async Task Setup_WrongToken_CreatesNobody()
    {
        await using var factory = new EvDashboardFactory();
        using var browser = OperatorLogin.CreateBrowser(factory);

        using var response = await PostSetupAsync(browser, "guessed", "evil@example.com", "a long enough passphrase");

        Assert.Equal("/login?info=setup-done", response.Headers.Location!.OriginalString);
        await using var db = factory.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Start_SeedSettings_CreatesTheAdminAndNoLink()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?>
        {
            ["Seed:AdminEmail"] = "seed@example.com",
            ["Seed:AdminPassword"] = "seeded passphrase 1",
        });

        using var browser = OperatorLogin.CreateBrowser(factory);
        using var login = await OperatorLogin.PostLoginAsync(browser, "seed@example.com", "seeded passphrase 1");

        Assert.Equal("/", login.Headers.Location!.OriginalString);
        Assert.Null(factory.Services.GetRequiredService<SetupToken>().Value);
    }

    [Fact]
    public async Task Start_SeedPasswordTooShort_StopsWithAMessageNamingTheSetting()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?>
        {
            ["Seed:AdminEmail"] = "seed@example.com",
            ["Seed:AdminPassword"] = "short",
        });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.Services);

        Assert.Contains("Seed:AdminPassword", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostSetupAsync(HttpClient browser, string token, string email, string password)
    {
        var form = await OperatorLogin.AntiforgeryTokenAsync(browser, "/login");
        return await browser.PostAsync("/account/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = token,
            ["Email"] = email,
            ["DisplayName"] = "First",
            ["Password"] = password,
            ["ConfirmPassword"] = password,
            ["__RequestVerificationToken"] = form,
        }));
    }
}
