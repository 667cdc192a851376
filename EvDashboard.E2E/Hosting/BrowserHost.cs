using Microsoft.Playwright;

namespace EvDashboard.E2E.Hosting;

/// <summary>
/// Playwright driving Debian's Chromium (never a downloaded browser: `playwright install` is not used). A missing
/// Chromium fails every browser test with a message that says how to install it; nothing is skipped silently.
/// </summary>
internal sealed class BrowserHost : IAsyncDisposable
{
    // Without the networking flags Chromium tries to reach the internet and stalls (PLATFORM.md); CI containers run as
    // root (no sandbox) and often have a tiny /dev/shm.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;

    private BrowserHost(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserHost> LaunchAsync()
    {
        var chromium = E2ESettings.ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium}. The browser tests need Debian's Chromium: `apt-get install -y chromium fonts-dejavu-core` "
                + "(.ci/run does this), or set E2E_CHROMIUM to a Chromium executable.");
        }

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
            return new BrowserHost(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
