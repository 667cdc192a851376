using System.Globalization;
using System.Text;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Data;
using EvDashboard.Core.Healing.Continuation;
using EvDashboard.Core.Healing.Reconciliation;
using EvDashboard.Core.Ocpp;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.Framing;
using EvDashboard.Core.Ocpp.Handlers;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EvDashboard.Tests.Core.Healing;

/// <summary>
/// The OCPP core, session healing and billing on a migrated SQLite file with a manual clock, a scripted charger connection
/// and a fake alert engine. The healing and receipt workers do not run: tests drive each pass themselves.
/// </summary>
internal sealed class HealingHost : IAsyncDisposable
{
    public const string ChargePointId = "CP-HEAL";
    public static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private readonly string _directory;
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;
    private int _nextId;

    private HealingHost(string directory, ServiceProvider services, List<IHostedService> hosted, ManualTimeProvider clock, ScriptedMessenger charger, FakeAlertNotices notices)
    {
        _directory = directory;
        _services = services;
        _hosted = hosted;
        Clock = clock;
        Charger = charger;
        Notices = notices;
    }

    public ManualTimeProvider Clock { get; }

    public ScriptedMessenger Charger { get; }

    public FakeAlertNotices Notices { get; }

    public StuckSessionReconciler Reconciler => _services.GetRequiredService<StuckSessionReconciler>();

    public ContinuationStarter Continuations => _services.GetRequiredService<ContinuationStarter>();

    public ReceiptIssuer Receipts => _services.GetRequiredService<ReceiptIssuer>();

    public DatabaseWriter Writer => _services.GetRequiredService<DatabaseWriter>();

    public static async Task<HealingHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = Directory.CreateTempSubdirectory("evd-healing-").FullName;
        var values = new Dictionary<string, string?> { ["Site:TimeZone"] = "Europe/Berlin", ["Ocpp:CallTimeoutSeconds"] = "5" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var clock = new ManualTimeProvider(T0);
        var charger = new ScriptedMessenger();
        var notices = new FakeAlertNotices();
        var collection = new ServiceCollection();
        collection.AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IChargePointMessenger>(charger)
            .AddSingleton<IAlertNotices>(notices);
        collection.AddEvDashboardData($"Data Source={Path.Combine(directory, "h.db")}", directory);
        collection.AddOcppCentralSystem();
        collection.AddBilling();
        collection.AddSessionHealing();
        var services = collection.BuildServiceProvider();
        await services.MigrateDatabaseAsync();
        var hosted = services.GetServices<IHostedService>().Where(h => h is not SessionHealingWorker and not ReceiptWorker).ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        var started = new HealingHost(directory, services, hosted, clock, charger, notices);
        await started.Writer.ExecuteAsync((scope, _) =>
        {
            scope.Db.ChargePoints.Add(new ChargePoint(ChargePointId, null, T0, registeredOnFirstConnect: false));
            return Task.CompletedTask;
        }, CancellationToken.None);
        return started;
    }

    public EvDashboardDbContext CreateDbContext() => _services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>().CreateDbContext();

    /// <summary>A CALL from the charger, received now by the manual clock; returns the CALLRESULT payload.</summary>
    public async Task<System.Text.Json.JsonElement> CallAsync(string action, object payload)
    {
        var frame = $"[2,\"h{Interlocked.Increment(ref _nextId)}\",\"{action}\",{System.Text.Json.JsonSerializer.Serialize(payload)}]";
        var call = Assert.IsType<OcppCall>(OcppFrameParser.Parse(Encoding.UTF8.GetBytes(frame)).Frame);
        var outcome = await _services.GetRequiredService<OcppCallDispatcher>()
            .DispatchAsync(new OcppCallContext(ChargePointId, Clock.GetUtcNow()), call, CancellationToken.None);
        Assert.True(outcome.IsSuccess, $"{action}: {outcome.ErrorCode} {outcome.ErrorDescription}");
        using var answer = System.Text.Json.JsonDocument.Parse(outcome.Payload);
        return answer.RootElement.Clone();
    }

    public async Task<int> StartAsync(string idTag, long meterStart, int connectorId = 1) =>
        (await CallAsync("StartTransaction", new { connectorId, idTag, meterStart, timestamp = Clock.GetUtcNow() })).GetProperty("transactionId").GetInt32();

    public Task MeterAsync(int transactionId, long registerWh, int connectorId = 1) =>
        CallAsync("MeterValues", new
        {
            connectorId,
            transactionId,
            meterValue = new[]
            {
                new
                {
                    timestamp = Clock.GetUtcNow(),
                    sampledValue = new[] { new { value = registerWh.ToString(CultureInfo.InvariantCulture), measurand = "Energy.Active.Import.Register", unit = "Wh" } },
                },
            },
        });

    public Task StopAsync(int transactionId, long meterStop, string reason) =>
        CallAsync("StopTransaction", new { transactionId, meterStop, timestamp = Clock.GetUtcNow(), reason });

    public Task StatusAsync(string status, int connectorId = 1) =>
        CallAsync("StatusNotification", new { connectorId, errorCode = "NoError", status, timestamp = Clock.GetUtcNow() });

    public Task BootAsync() => CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "AC22" });

    /// <summary>A site tariff: EUR, 19 % VAT, start fee 1.00, energy 0.40/kWh per Wh.</summary>
    public Task AddTariffAsync() =>
        Writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var tariff = new Tariff("Standard", null, "EUR", T0.AddDays(-1));
                scope.Db.Tariffs.Add(tariff);
                var definition = new TariffDefinition
                {
                    Currency = "EUR",
                    VatRatePercent = 19m,
                    StartFees = [new PriceComponent(1.00m)],
                    Energy = [new PriceComponent(0.40m)],
                    Steps = new TariffSteps(EnergyWh: 1),
                };
                scope.Db.TariffVersions.Add(tariff.AddVersion(definition, "test", T0.AddDays(-1)));
                await scope.Db.SaveChangesAsync(ct);
                scope.Db.TariffAssignments.Add(new TariffAssignment(tariff.Id, TariffScope.Site, null, null, null, "test", T0.AddDays(-1)));
            },
            CancellationToken.None);

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
