using System.Globalization;

namespace EvDashboard.UiBench;

/// <summary>Command-line options, parsed by hand (no packages beyond Playwright).</summary>
internal sealed record UiBenchOptions
{
    public const string Usage = """
        usage: EvDashboard.UiBench --url URL --server-pid PID --email EMAIL --password PASSWORD [options]
          --url URL              the dashboard, e.g. http://127.0.0.1:5099
          --server-pid PID       the server process: its CPU time and RSS are read from /proc/PID
          --email, --password    an operator account (Monitor access) to sign in with, once; every circuit reuses the cookie
          --circuits N           browser pages on /stations, one context each (default 50)
          --duration SECONDS     each measured window: first without circuits, then with them (default 60)
          --settle SECONDS       wait after every circuit shows live figures, before measuring (default 10)
          --close-wait SECONDS   after closing the pages, wait up to this long for the server's sockets to fall back (default 30)
          --width, --height      the pages' viewport (default 1920 x 1080)
          --screenshot PATH      one page's screenshot, taken during the window (default: none)
          --chromium PATH        Chromium executable (default /usr/bin/chromium)
        """;

    public Uri Url { get; init; } = new("http://127.0.0.1:5099");

    public int ServerPid { get; init; }

    public string Email { get; init; } = string.Empty;

    public string Password { get; init; } = string.Empty;

    public int Circuits { get; init; } = 50;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan CloseWait { get; init; } = TimeSpan.FromSeconds(30);

    public int Width { get; init; } = 1920;

    public int Height { get; init; } = 1080;

    public string? Screenshot { get; init; }

    public string Chromium { get; init; } = "/usr/bin/chromium";

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public static UiBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new UiBenchOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
                throw new ArgumentException($"{name} needs a value.");
            var value = args[i + 1];
            options = name switch
            {
                "--url" => options with { Url = ParseUrl(value) },
                "--server-pid" => options with { ServerPid = ParseCount(name, value, 1, int.MaxValue) },
                "--email" => options with { Email = value },
                "--password" => options with { Password = value },
                "--circuits" => options with { Circuits = ParseCount(name, value, 1, 1_000) },
                "--duration" => options with { Duration = ParseSeconds(name, value, minimum: 1) },
                "--settle" => options with { Settle = ParseSeconds(name, value, minimum: 0) },
                "--close-wait" => options with { CloseWait = ParseSeconds(name, value, minimum: 0) },
                "--width" => options with { Width = ParseCount(name, value, 320, 7_680) },
                "--height" => options with { Height = ParseCount(name, value, 240, 4_320) },
                "--screenshot" => options with { Screenshot = Path.GetFullPath(value) },
                "--chromium" => options with { Chromium = value },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        return options.Validated();
    }

    private UiBenchOptions Validated()
    {
        if (ServerPid == 0)
            throw new ArgumentException("--server-pid is required.");
        if (Email.Length == 0 || Password.Length == 0)
            throw new ArgumentException("--email and --password are required: /stations needs a signed-in operator.");
        return this;
    }

    private static Uri ParseUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != "http" && url.Scheme != "https"))
            throw new ArgumentException($"--url must be an absolute http:// or https:// URL, not '{value}'.");
        return url;
    }

    private static int ParseCount(string name, string value, int minimum, int maximum)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < minimum || count > maximum)
            throw new ArgumentException($"{name} must be a whole number from {minimum} to {maximum}, not '{value}'.");
        return count;
    }

    private static TimeSpan ParseSeconds(string name, string value, double minimum)
    {
        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds < minimum || seconds > 86_400)
            throw new ArgumentException($"{name} must be a number of seconds of at least {minimum.ToString(CultureInfo.InvariantCulture)}, not '{value}'.");
        return TimeSpan.FromSeconds(seconds);
    }
}
