using Microsoft.Playwright;

namespace EvDashboard.UiBench;

/// <summary>
/// Playwright driving Debian's Chromium with EvDashboard.E2E's flags (never a downloaded browser), and one sign-in
/// through the real form whose cookie every circuit reuses: the app limits sign-ins per address and minute.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    // Without the networking flags Chromium tries to reach the internet and stalls (PLATFORM.md).
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> LaunchAsync(string chromium)
    {
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"Chromium was not found at {chromium}: `apt-get install -y chromium fonts-dejavu-core`, or pass --chromium.");

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 60_000,
            });
            return new BrowserSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Signs in through /login and returns the context's storage state (the auth cookie) as JSON.</summary>
    public async Task<string> SignInAsync(Uri url, string email, string password)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(address => !address.Contains("/login", StringComparison.Ordinal));
        return await context.StorageStateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
