using Microsoft.Playwright;

namespace EvDashboard.E2E.Screenshots;

/// <summary>Writes full-viewport PNGs named page-widthxheight.png into E2E_SCREENSHOTS_DIR (default TestResults/screenshots).</summary>
internal static class ScreenshotWriter
{
    public static async Task<string> WriteAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var directory = Hosting.E2ESettings.ScreenshotsDirectory;
        Directory.CreateDirectory(directory);
        var size = page.ViewportSize ?? throw new InvalidOperationException("The page has no fixed viewport.");
        var path = Path.Combine(directory, $"{name}-{size.Width}x{size.Height}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false, Animations = ScreenshotAnimations.Disabled });
        return path;
    }
}
