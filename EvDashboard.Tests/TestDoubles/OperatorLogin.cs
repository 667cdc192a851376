using System.Net;
using AngleSharp.Html.Parser;
using EvDashboard.Core.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// Operator accounts for HTTP tests: creates a user with a role through Identity, and signs in the way a browser
/// does (GET /login for the antiforgery token, POST the form), so every test goes through the real sign-in path.
/// </summary>
public static class OperatorLogin
{
    public const string Password = "correct horse battery staple";

    public static async Task<OperatorUser> CreateUserAsync(EvDashboardFactory factory, string email, string role, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();
        var user = new OperatorUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, not yet signed in.</summary>
    public static HttpClient CreateBrowser(EvDashboardFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    /// <summary>A new user with <paramref name="role"/>, signed in on a fresh cookie-keeping client.</summary>
    public static async Task<HttpClient> SignedInAsync(EvDashboardFactory factory, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        await CreateUserAsync(factory, email, role);
        var browser = CreateBrowser(factory);
        using var response = await PostLoginAsync(browser, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return browser;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string email, string password, string returnUrl = "/")
    {
        ArgumentNullException.ThrowIfNull(browser);
        var token = await AntiforgeryTokenAsync(browser, "/login");
        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The hidden antiforgery field of the form on <paramref name="path"/> (its cookie stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser, string path)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var html = await browser.GetStringAsync(path);
        var document = new HtmlParser().ParseDocument(html);
        var input = document.QuerySelector("input[name=__RequestVerificationToken]");
        Assert.NotNull(input);
        return input.GetAttribute("value")!;
    }
}
