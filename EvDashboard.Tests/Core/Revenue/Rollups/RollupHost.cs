using EvDashboard.Core.Billing;
using EvDashboard.Core.Data;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Seeding;
using EvDashboard.Core.Sites;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Core.Revenue.Rollups;

/// <summary>A migrated SQLite file in one site time zone with a manual clock, the rollup services and the product's history seeder.</summary>
internal sealed class RollupHost : IAsyncDisposable
{
    private readonly string _directory;
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;

    private RollupHost(string directory, ServiceProvider services, List<IHostedService> hosted, ManualTimeProvider clock)
    {
        _directory = directory;
        _services = services;
        _hosted = hosted;
        Clock = clock;
    }

    public ManualTimeProvider Clock { get; }

    public TimeZoneInfo Zone => _services.GetRequiredService<SiteClock>().Zone;

    public static async Task<RollupHost> StartAsync(string timeZone, DateTimeOffset now)
    {
        var directory = Directory.CreateTempSubdirectory("evd-rollups-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Site:TimeZone"] = timeZone }).Build();
        var clock = new ManualTimeProvider(now);
        var collection = new ServiceCollection();
        collection.AddLogging().AddSingleton<IConfiguration>(configuration).AddSingleton<TimeProvider>(clock);
        collection.AddEvDashboardData($"Data Source={Path.Combine(directory, "r.db")}", directory);
        collection.AddRollupBuilding();
        var services = collection.BuildServiceProvider();
        await services.MigrateDatabaseAsync();
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        return new RollupHost(directory, services, hosted, clock);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public EvDashboardDbContext CreateDbContext() => _services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>().CreateDbContext();

    public Task SeedAsync(int sessions, int days) =>
        new HistorySeeder(Get<SqliteDatabase>(), Get<SiteClock>(), Options.Create(new BillingOptions()))
            .SeedAsync(new SeedRequest(sessions, days, null, 7, Append: false), TextWriter.Null, CancellationToken.None);

    public Task<RollupRebuildSummary> RebuildAsync() => Get<RollupRebuilder>().RebuildAsync(null, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_hosted))
        {
            await service.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
