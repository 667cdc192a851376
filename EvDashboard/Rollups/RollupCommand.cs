using System.Globalization;
using EvDashboard.Core.Data;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sites;
using Microsoft.Extensions.Options;

namespace EvDashboard.Rollups;

/// <summary>
/// <c>dotnet run --project EvDashboard -- rollups rebuild|verify</c>: recomputes the report rollups from the raw ledger, or
/// checks the stored ones against a fresh computation (exit 1 on any difference). Runs on the app's configuration and
/// database without starting the web host; run it while the app is stopped (the app's worker rebuilds by itself otherwise).
/// </summary>
public static class RollupCommand
{
    public const string Usage = "Usage: rollups rebuild | rollups verify";

    public const int Different = 1;

    public const int UsageError = 2;

    public static async Task<bool> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "rollups")
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(args[1..], _ => { }, Console.Out, Console.Error, CancellationToken.None);
        return true;
    }

    internal static async Task<int> RunAsync(
        string[] args, Action<ConfigurationManager> configure, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not ["rebuild" or "verify"])
        {
            await error.WriteLineAsync(Usage);
            return UsageError;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        configure(builder.Configuration);
        builder.Services.AddEvDashboardData(
            builder.Configuration.GetConnectionString("EvDashboard") ?? "Data Source=data/evdashboard.db", builder.Environment.ContentRootPath);
        builder.Services.AddRollupBuilding();
        await using var services = builder.Services.BuildServiceProvider(validateScopes: true);
        _ = services.GetRequiredService<IOptions<SiteOptions>>().Value;
        await services.MigrateDatabaseAsync(cancellationToken);
        return args[0] == "rebuild"
            ? await RebuildAsync(services, output, cancellationToken)
            : await VerifyAsync(services, output, cancellationToken);
    }

    /// <summary>Runs a rebuild with the data services' background work (the database writer) started for it: a command has no host to start it.</summary>
    internal static async Task<int> RebuildAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(cancellationToken);
        }

        try
        {
            var summary = await services.GetRequiredService<RollupRebuilder>().RebuildAsync(new RollupProgressPrinter(output, "rebuilt"), cancellationToken);
            await output.WriteLineAsync(Invariant(
                $"Rollups rebuilt: {summary.Days:N0} days ({summary.FirstDay:yyyy-MM-dd} .. {summary.LastDay:yyyy-MM-dd}), {summary.Rows:N0} rows in {summary.Elapsed.TotalSeconds:F1} s ({summary.RowsPerSecond:N0} rows/s)."));
            return 0;
        }
        finally
        {
            foreach (var service in Enumerable.Reverse(hosted))
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    private static async Task<int> VerifyAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<RollupVerifier>().VerifyAsync(new RollupProgressPrinter(output, "verified"), cancellationToken);
        foreach (var difference in result.Differences.Take(200))
        {
            await output.WriteLineAsync(difference);
        }

        await output.WriteLineAsync(Invariant(
            $"Rollups verified: {result.Days:N0} days, {result.Rows:N0} rows in {result.Elapsed.TotalSeconds:F1} s: {(result.IsIdentical ? "identical" : $"{result.Differences.Count:N0} differences")} (today is not compared)."));
        return result.IsIdentical ? 0 : Different;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
