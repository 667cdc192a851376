using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace EvDashboard.E2E.Hosting;

/// <summary>
/// The built app (EvDashboard's bin/ output) as a child process on a free loopback port, with its own SQLite
/// file, environment "Testing", unknown charge points accepted and the demo fleet off. Its output goes to
/// TestResults/{name}.log; the last lines are kept for failure messages.
/// </summary>
internal sealed partial class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly StreamWriter _log;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _closed;

    private AppProcess(Process process, string dataDirectory, StreamWriter log)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        _log = log;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public string RecentOutput => string.Join(Environment.NewLine, _tail);

    /// <summary>
    /// Starts the app; its output goes to TestResults/<paramref name="logName"/>.log. With <paramref name="seedArguments"/>
    /// the app's own <c>seed</c> command first fills the fresh database with history (e.g. for the reports).
    /// </summary>
    public static async Task<AppProcess> StartAsync(
        string logName, CancellationToken cancellationToken, IReadOnlyList<string>? seedArguments = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var executable = Path.Combine(E2ESettings.AppDirectory, OperatingSystem.IsWindows() ? "EvDashboard.exe" : "EvDashboard");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"The app is not built: {executable} does not exist. Build it with `dotnet build EvDashboard` (or set E2E_APP_DIR).");
        }

        var dataDirectory = Directory.CreateTempSubdirectory("evdashboard-e2e-").FullName;
        Directory.CreateDirectory(E2ESettings.ResultsDirectory);
        var log = new StreamWriter(Path.Combine(E2ESettings.ResultsDirectory, $"{logName}.log"), append: false) { AutoFlush = true };
        if (seedArguments is not null)
        {
            await SeedAsync(executable, dataDirectory, seedArguments, log, cancellationToken);
        }

        var start = StartInfo(executable, dataDirectory);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppProcess(process, dataDirectory, log);
        process.OutputDataReceived += (_, e) => app.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => app.OnOutput(e.Data);
        process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException($"The app exited with code {process.ExitCode} before listening."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            app.BaseAddress = await app._listening.Task.WaitAsync(StartTimeout, cancellationToken);
            return app;
        }
        catch (Exception ex)
        {
            var output = app.RecentOutput;
            await app.DisposeAsync();
            throw new InvalidOperationException($"The app did not start: {ex.Message}{Environment.NewLine}{output}", ex);
        }
    }

    private static async Task SeedAsync(string executable, string dataDirectory, IReadOnlyList<string> seedArguments, StreamWriter log, CancellationToken cancellationToken)
    {
        var start = StartInfo(executable, dataDirectory);
        start.ArgumentList.Clear();
        start.ArgumentList.Add("seed");
        foreach (var argument in seedArguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var seed = Process.Start(start) ?? throw new InvalidOperationException("The seed command did not start.");
        var output = seed.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = seed.StandardError.ReadToEndAsync(cancellationToken);
        await seed.WaitForExitAsync(cancellationToken);
        await log.WriteLineAsync(await output + await error);
        if (seed.ExitCode != 0)
        {
            throw new InvalidOperationException($"seed {string.Join(' ', seedArguments)} exited with {seed.ExitCode}: {await error}");
        }
    }

    private static ProcessStartInfo StartInfo(string executable, string dataDirectory)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Path.GetDirectoryName(executable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = null;
        start.Environment["ConnectionStrings__EvDashboard"] = $"Data Source={Path.Combine(dataDirectory, "evdashboard.db")}";
        start.Environment["Ocpp__UnknownChargePoints"] = "Accept";
        start.Environment["Ocpp__CallTimeoutSeconds"] = "10";
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Api__Keys__0"] = E2ESettings.ApiKey;
        start.Environment["Seed__AdminEmail"] = E2ESettings.AdminEmail;
        start.Environment["Seed__AdminPassword"] = E2ESettings.AdminPassword;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        return start;
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (!_closed)
            {
                _log.WriteLine(line);
            }
        }

        _tail.Enqueue(line);
        while (_tail.Count > 200 && _tail.TryDequeue(out _))
        {
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
        lock (_log)
        {
            _closed = true;
            _log.Dispose();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
