using System.Globalization;

namespace EvDashboard.Bench;

/// <summary>Command-line options, parsed by hand (no packages beyond the framework).</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        usage: EvDashboard.Bench [options]
          --url URL                   central system endpoint; the charge point id is appended as a path segment
                                      (default ws://127.0.0.1:5080/ocpp)
          --scenario NAME             heartbeat | metervalues | session | storm | steve (default heartbeat)
          --charge-points N           simulated charge points, one WebSocket each (default 100)
          --duration SECONDS          measured time after warm-up (default 20)
          --warmup SECONDS            load before measuring starts (default 5)
          --id-prefix TEXT            charge point ids are TEXT-0001, TEXT-0002, ... (default BENCH)
          --id-tag TEXT               idTag for Authorize/StartTransaction/StopTransaction (default BENCHTAG)
          --connect-concurrency N     WebSocket handshakes in flight at once (default 50)
          --rate CALLS_PER_S          pace all charge points together at this many CALLs/s, still one outstanding
                                      per charge point; max = as fast as answers come back (default max)
          --call-timeout SECONDS      a CALL unanswered this long counts as a timeout and ends that charge point (default 10)
          --server-pid PID            read the server's CPU time and memory from /proc/PID (same machine only)
          --source-addresses LIST     comma-separated local addresses (e.g. 127.0.0.1,127.0.0.2) the connections are
                                      spread over, for more than ~28,000 connections to one server port
          --connect-spread SECONDS    charge point i connects i/N of this late (a reconnect storm); the storm scenario
                                      measures from the first connection (default 0: all at once, bounded by
                                      --connect-concurrency)
          --iterations N              fixed work: each charge point runs the scenario's loop N times, and the window
                                      lasts until all are done (steve; default 0 = run for --duration)
        """;

    public Uri Url { get; init; } = new("ws://127.0.0.1:5080/ocpp");

    public IBenchScenario Scenario { get; init; } = new HeartbeatScenario();

    public int ChargePoints { get; init; } = 100;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public string IdPrefix { get; init; } = "BENCH";

    public string IdTag { get; init; } = "BENCHTAG";

    public int ConnectConcurrency { get; init; } = 50;

    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public int? ServerPid { get; init; }

    public IReadOnlyList<System.Net.IPAddress> SourceAddresses { get; init; } = [];

    public TimeSpan ConnectSpread { get; init; }

    public int Iterations { get; init; }

    /// <summary>Target CALLs per second over all charge points; 0 means unpaced.</summary>
    public double Rate { get; init; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
                throw new ArgumentException($"{name} needs a value.");
            var value = args[i + 1];
            options = name switch
            {
                "--url" => options with { Url = ParseUrl(value) },
                "--scenario" => options with { Scenario = ScenarioCatalog.Find(value) ?? throw new ArgumentException($"Unknown scenario '{value}'; known: {string.Join(", ", ScenarioCatalog.Names)}.") },
                "--charge-points" => options with { ChargePoints = ParseCount(name, value, 1, 100_000) },
                "--duration" => options with { Duration = ParseSeconds(name, value, minimum: 1) },
                "--warmup" => options with { Warmup = ParseSeconds(name, value, minimum: 0) },
                "--id-prefix" => options with { IdPrefix = ParseIdPart(name, value) },
                "--id-tag" => options with { IdTag = ParseIdTag(value) },
                "--connect-concurrency" => options with { ConnectConcurrency = ParseCount(name, value, 1, 10_000) },
                "--rate" => options with { Rate = value == "max" ? 0 : ParseRate(value) },
                "--call-timeout" => options with { CallTimeout = ParseSeconds(name, value, minimum: 0.1) },
                "--server-pid" => options with { ServerPid = ParseCount(name, value, 1, int.MaxValue) },
                "--source-addresses" => options with { SourceAddresses = ParseAddresses(value) },
                "--connect-spread" => options with { ConnectSpread = ParseSeconds(name, value, minimum: 0) },
                "--iterations" => options with { Iterations = ParseCount(name, value, 0, 1_000_000) },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        return options;
    }

    /// <summary>The endpoint of one charge point: the base URL plus its id as the last path segment.</summary>
    public Uri ChargePointUrl(string chargePointId) =>
        new($"{Url.AbsoluteUri.TrimEnd('/')}/{Uri.EscapeDataString(chargePointId)}");

    public string ChargePointId(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{IdPrefix}-{index:D4}");

    private static Uri ParseUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != "ws" && url.Scheme != "wss"))
            throw new ArgumentException($"--url must be an absolute ws:// or wss:// URL, not '{value}'.");
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

    private static System.Net.IPAddress[] ParseAddresses(string value)
    {
        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var addresses = new System.Net.IPAddress[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!System.Net.IPAddress.TryParse(parts[i], out var address))
                throw new ArgumentException($"--source-addresses must list IP addresses separated by commas; '{parts[i]}' is not one.");
            addresses[i] = address;
        }

        return addresses.Length > 0 ? addresses : throw new ArgumentException("--source-addresses needs at least one address.");
    }

    private static double ParseRate(string value)
    {
        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate <= 0 || rate > 10_000_000)
            throw new ArgumentException($"--rate must be a positive number of calls per second or 'max', not '{value}'.");
        return rate;
    }

    // OCPP 1.6 §3.1.1: the charge point identity is part of the URL; keep it to unreserved characters.
    private static string ParseIdPart(string name, string value)
    {
        if (value.Length is 0 or > 40 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new ArgumentException($"{name} must be 1-40 characters from A-Z, a-z, 0-9, '-', '_', '.', not '{value}'.");
        return value;
    }

    // OCPP 1.6 §7.27: IdToken is CiString20Type.
    private static string ParseIdTag(string value)
    {
        if (value.Length is 0 or > 20 || !value.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException($"--id-tag must be 1-20 letters or digits, not '{value}'.");
        return value;
    }
}
