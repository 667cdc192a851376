using EvDashboard.Core.Data;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Tests.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Core.Revenue.Reports;

/// <summary>A migrated SQLite file whose rollup tables the tests fill by hand, and the report queries over it.</summary>
internal sealed class ReportsDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private ReportsDatabase(LedgerDatabase db, ServiceProvider services, SiteClock clock)
    {
        Db = db;
        _services = services;
        Clock = clock;
        Queries = new ReportQueries(services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>(), clock);
    }

    public LedgerDatabase Db { get; }

    public SiteClock Clock { get; }

    public ReportQueries Queries { get; }

    public static async Task<ReportsDatabase> CreateAsync(string timeZone = "Europe/Berlin")
    {
        var db = await LedgerDatabase.CreateAsync();
        var services = new ServiceCollection().AddDbContextFactory<EvDashboardDbContext>(db.Database.Configure).BuildServiceProvider();
        var clock = new SiteClock(new ManualTimeProvider(T0), Options.Create(new SiteOptions { Name = "Depot", TimeZone = timeZone }));
        return new ReportsDatabase(db, services, clock);
    }

    public static int Day(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;

    /// <summary>Charge points with connectors 1..<paramref name="connectors"/> (and the whole-station connector 0, which reports ignore).</summary>
    public Task AddChargePointAsync(string id, string? name, int connectors) =>
        Db.WriteAsync((scope, _) =>
        {
            scope.Db.ChargePoints.Add(new ChargePoint(id, name, T0, registeredOnFirstConnect: false));
            for (var connector = 0; connector <= connectors; connector++)
            {
                scope.Db.Connectors.Add(new Connector(id, connector));
            }

            return Task.CompletedTask;
        });

    public Task<int> AddTariffAsync(string name, string currency) =>
        Db.WriteAsync(async (scope, ct) =>
        {
            var tariff = new Tariff(name, null, currency, T0);
            scope.Db.Tariffs.Add(tariff);
            await scope.Db.SaveChangesAsync(ct);
            return tariff.Id;
        });

    /// <summary>Adds rollup day rows and re-sums their months, as the rollup store does when it writes a day.</summary>
    public Task AddAsync(params object[] rows) =>
        Db.WriteAsync(async (scope, ct) =>
        {
            scope.Db.AddRange(rows);
            await scope.Db.SaveChangesAsync(ct);
            var days = rows.Select(r => r switch
            {
                RevenueDay d => d.Day,
                ConnectorDay d => d.Day,
                ChargePointDay d => d.Day,
                _ => (int?)null,
            }).OfType<int>();
            foreach (var month in days.Select(d => RollupMonths.MonthOf(d).First).Distinct())
            {
                RollupMonths.Refresh(scope, month, ct);
            }
        });

    public static RevenueDay RevenueRow(
        string chargePointId, int connectorId, int day, int sessions, long energyWh, long netMinor = 0, long vatMinor = 0, string currency = "EUR", int tariffId = 0, string group = "") =>
        new(chargePointId, connectorId, day, currency, tariffId, group)
        {
            Sessions = sessions, EnergyWh = energyWh, NetMinor = netMinor, VatMinor = vatMinor, GrossMinor = netMinor + vatMinor,
        };

    /// <summary>A connector day whose seconds are all Available except those given.</summary>
    public static ConnectorDay ConnectorRow(
        string chargePointId, int connectorId, int day, long energyWh = 0, int sessions = 0, int failed = 0,
        long charging = 0, long occupied = 0, long faulted = 0, long unavailable = 0, long offline = 0, long unknown = 0) =>
        new(chargePointId, connectorId, day)
        {
            EnergyWh = energyWh, Sessions = sessions, FailedSessions = failed, ChargingSeconds = charging, OccupiedSeconds = occupied,
            FaultedSeconds = faulted, UnavailableSeconds = unavailable, OfflineSeconds = offline, UnknownSeconds = unknown,
            AvailableSeconds = 86_400 - charging - occupied - faulted - unavailable - offline - unknown,
        };

    public static ChargePointDay Authorizations(string chargePointId, int day, int total, int rejected) =>
        new(chargePointId, day) { Authorizations = total, RejectedAuthorizations = rejected };

    public Task<ReportResult> RunAsync(ReportKind kind, DateOnly from, DateOnly to, ReportGrouping grouping, ReportComparison compare = ReportComparison.None, string? chargePointId = null) =>
        Queries.RunAsync(new ReportRequest(kind, from, to, grouping, compare, chargePointId), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Db.DisposeAsync();
    }
}
