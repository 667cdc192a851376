using System.Globalization;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Data;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Seeding;
using EvDashboard.Core.Sites;
using EvDashboard.Rollups;
using Microsoft.Extensions.Options;

namespace EvDashboard.Seeding;

/// <summary>
/// <c>dotnet run --project EvDashboard -- seed ...</c>: fills the app's database with history, using the app's own
/// configuration (connection string, Site:TimeZone, Billing), and exits without starting the web host.
/// </summary>
public static class SeedCommand
{
    public const int UsageError = 1;

    public const int RefusedError = 2;

    /// <summary>Runs the command when the first argument is "seed"; false otherwise (the web host then starts).</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "seed")
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(args[1..], _ => { }, Console.Out, Console.Error, CancellationToken.None);
        return true;
    }

    internal static async Task<int> RunAsync(
        string[] args, Action<ConfigurationManager> configure, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var request = SeedArguments.Parse(args, out var problem);
        if (request is null)
        {
            await error.WriteLineAsync(problem);
            return UsageError;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        configure(builder.Configuration);
        builder.Services.AddEvDashboardData(
            builder.Configuration.GetConnectionString("EvDashboard") ?? "Data Source=data/evdashboard.db", builder.Environment.ContentRootPath);
        builder.Services.AddSites();
        builder.Services.AddOptions<BillingOptions>().BindConfiguration(BillingOptions.Section).ValidateDataAnnotations();
        builder.Services.AddSingleton<HistorySeeder>();
        builder.Services.AddRollupBuilding();
        await using var services = builder.Services.BuildServiceProvider(validateScopes: true);
        // Resolving the options validates them, as the app does at start-up.
        _ = services.GetRequiredService<IOptions<SiteOptions>>().Value;
        _ = services.GetRequiredService<IOptions<BillingOptions>>().Value;
        await services.MigrateDatabaseAsync(cancellationToken);
        var seeder = services.GetRequiredService<HistorySeeder>();
        if (!request.Append && await seeder.HasSessionsAsync(cancellationToken))
        {
            await error.WriteLineAsync("The database already has charging sessions; seeding would mix invented history with real data. Use --append to add to it anyway.");
            return RefusedError;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Seeding {request.Sessions:N0} sessions over {request.Days} days on {request.ChargePointCount} charge points (random seed {request.RandomSeed})..."));
        var summary = await seeder.SeedAsync(request, output, cancellationToken);
        await WriteSummaryAsync(output, summary);

        // A seeded database is for reports, and reports read rollups: built here, timed on their own line.
        await output.WriteLineAsync("Building the report rollups...");
        return await RollupCommand.RebuildAsync(services, output, cancellationToken);
    }

    private static async Task WriteSummaryAsync(TextWriter output, SeedSummary summary)
    {
        foreach (var (table, rows) in summary.RowsPerTable)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {table,-24}{rows,14:N0} rows"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Done: {summary.TotalRows:N0} rows in {summary.Elapsed.TotalSeconds:F1} s ({summary.RowsPerSecond:N0} rows/s)."));
    }
}
