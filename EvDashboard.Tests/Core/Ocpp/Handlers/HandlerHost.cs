using System.Text;
using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp;
using EvDashboard.Core.Ocpp.Framing;
using EvDashboard.Core.Ocpp.Handlers;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EvDashboard.Tests.Core.Ocpp.Handlers;

/// <summary>The Core's OCPP services on a real migrated SQLite file and a manual clock, without Kestrel or sockets.</summary>
internal sealed class HandlerHost : IAsyncDisposable
{
    private readonly string _directory;
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;

    private HandlerHost(string directory, ServiceProvider services, List<IHostedService> hosted, ManualTimeProvider clock)
    {
        _directory = directory;
        _services = services;
        _hosted = hosted;
        Clock = clock;
    }

    public static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The clock the services read (TimeProvider).</summary>
    public ManualTimeProvider Clock { get; }

    public OcppCallDispatcher Dispatcher => _services.GetRequiredService<OcppCallDispatcher>();

    public static async Task<HandlerHost> StartAsync(string chargePointId, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = Directory.CreateTempSubdirectory("evd-handlers-").FullName;
        var values = new Dictionary<string, string?> { ["Ocpp:HeartbeatIntervalSeconds"] = "120" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var clock = new ManualTimeProvider(Now);
        var collection = new ServiceCollection();
        collection.AddLogging().AddSingleton<IConfiguration>(configuration).AddSingleton<TimeProvider>(clock);
        collection.AddEvDashboardData($"Data Source={Path.Combine(directory, "h.db")}", directory);
        collection.AddOcppCentralSystem();
        var services = collection.BuildServiceProvider();
        await services.MigrateDatabaseAsync();
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        var host = new HandlerHost(directory, services, hosted, clock);
        await host.Writer.ExecuteAsync((scope, _) =>
        {
            scope.Db.ChargePoints.Add(new ChargePoint(chargePointId, null, Now, registeredOnFirstConnect: false));
            return Task.CompletedTask;
        }, CancellationToken.None);
        return host;
    }

    public IServiceProvider Services => _services;

    public DatabaseWriter Writer => _services.GetRequiredService<DatabaseWriter>();

    public T GetRequiredService<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public EvDashboardDbContext CreateDbContext() => _services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>().CreateDbContext();

    /// <summary>Dispatches a CALL given as OCPP-J text, as the connection would, received at <see cref="Now"/>.</summary>
    public Task<OcppCallOutcome> CallAsync(string chargePointId, string frame) => CallAsync(chargePointId, frame, Now);

    public Task<OcppCallOutcome> CallAsync(string chargePointId, string frame, DateTimeOffset receivedAt)
    {
        var parsed = OcppFrameParser.Parse(Encoding.UTF8.GetBytes(frame));
        var call = Assert.IsType<OcppCall>(parsed.Frame);
        return Dispatcher.DispatchAsync(new OcppCallContext(chargePointId, receivedAt), call, CancellationToken.None);
    }

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
