using System.Reflection;

namespace EvDashboard.E2E.Hosting;

/// <summary>
/// Where things are. The app binary and the project folder are fixed at build time (assembly metadata from the
/// .csproj); environment variables override them: E2E_APP_DIR, E2E_CHROMIUM, E2E_SCREENSHOTS_DIR.
/// </summary>
internal static class E2ESettings
{
    public const string ApiKey = "e2e-api-key-0123456789";

    /// <summary>The first admin each app process creates from its Seed settings.</summary>
    public const string AdminEmail = "admin@e2e.example";

    public const string AdminPassword = "e2e correct horse battery";

    public static string AppDirectory => Environment.GetEnvironmentVariable("E2E_APP_DIR") is { Length: > 0 } dir ? dir : Metadata("EvDashboardAppDirectory");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("E2E_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>E2E_SCREENSHOTS_DIR, or TestResults/screenshots in the E2E project folder.</summary>
    public static string ScreenshotsDirectory => Environment.GetEnvironmentVariable("E2E_SCREENSHOTS_DIR") is { Length: > 0 } dir
        ? Path.GetFullPath(dir)
        : Path.Combine(ResultsDirectory, "screenshots");

    /// <summary>TestResults in the E2E project folder: the app's log of the last run goes there.</summary>
    public static string ResultsDirectory => Path.Combine(Metadata("E2EProjectDirectory"), "TestResults");

    private static string Metadata(string key) =>
        typeof(E2ESettings).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
