using EvDashboard.E2E.Ocpp;
using Microsoft.Playwright;

namespace EvDashboard.E2E.Hosting;

/// <summary>One app process and one browser for the whole run; each test opens its own page and charge points.</summary>
public sealed class E2EFixture : IAsyncLifetime
{
    private AppProcess? _app;
    private BrowserHost? _browser;
    private readonly Dictionary<Uri, string> _signedInStates = [];

    internal AppProcess App => _app ?? throw new InvalidOperationException("The app has not started.");

    public Uri BaseAddress => App.BaseAddress;

    public async Task InitializeAsync()
    {
        // The browser first: without Chromium every test fails at once with the message that says how to install it.
        _browser = await BrowserHost.LaunchAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            _app = await AppProcess.StartAsync("app", timeout.Token);
        }
        catch
        {
            await _browser.DisposeAsync();
            _browser = null;
            throw;
        }
    }

    /// <summary>
    /// A fresh browser context (no shared storage) and page at the given viewport size, signed in as the seeded
    /// admin through the real sign-in form unless <paramref name="signIn"/> is false.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1920, int height = 1080, Uri? baseAddress = null, bool signIn = true)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started.");
        var app = baseAddress ?? BaseAddress;
        var signedIn = signIn ? _signedInStates.GetValueOrDefault(app) : null;
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = app.ToString(),
            StorageState = signedIn,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        if (signIn && signedIn is null)
        {
            // Sign in once per app through the form, then reuse the cookie: the app limits sign-ins per address.
            await SignInAsync(page, E2ESettings.AdminEmail, E2ESettings.AdminPassword);
            _signedInStates[app] = await context.StorageStateAsync();
        }

        return page;
    }

    /// <summary>Fills in and sends the sign-in form, then waits until the app has let the browser in.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>A simulated charge point connected over OCPP 1.6-J to the app's real port.</summary>
    public Task<TestChargePoint> ConnectChargePointAsync(string chargePointId) => TestChargePoint.ConnectAsync(BaseAddress, chargePointId);

    /// <summary>An HTTP client for the app (or another one started by a test), sending the run's API key.</summary>
    public HttpClient CreateApiClient(Uri? baseAddress = null)
    {
        var client = new HttpClient { BaseAddress = baseAddress ?? BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", E2ESettings.ApiKey);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
