using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using EvDashboard.Tests.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Sessions.Queries;

/// <summary>A migrated SQLite file with sessions written through the real ledger, and a context factory for the page queries.</summary>
internal sealed class SessionPagesDatabase : IAsyncDisposable
{
    private readonly LedgerDatabase _db;
    private readonly ServiceProvider _services;
    private readonly HashSet<string> _chargePoints = new(StringComparer.Ordinal);

    private SessionPagesDatabase(LedgerDatabase db, ServiceProvider services, ManualTimeProvider time)
    {
        _db = db;
        _services = services;
        Time = time;
    }

    public ManualTimeProvider Time { get; }

    public IDbContextFactory<EvDashboardDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>();

    public static async Task<SessionPagesDatabase> CreateAsync(DateTimeOffset now)
    {
        var db = await LedgerDatabase.CreateAsync();
        var services = new ServiceCollection().AddDbContextFactory<EvDashboardDbContext>(db.Database.Configure).BuildServiceProvider();
        return new SessionPagesDatabase(db, services, new ManualTimeProvider(now));
    }

    public async Task<int> StartAsync(string chargePointId, int connectorId, string idTag, DateTimeOffset at, long meterStartWh = 10_000)
    {
        if (_chargePoints.Add(chargePointId))
        {
            await _db.AddChargePointAsync(chargePointId, at.AddDays(-100));
        }

        var start = new SessionStart(chargePointId, connectorId, idTag, at, meterStartWh, null, AuthorizationOutcome.Accepted, at);
        var result = await _db.WriteAsync((scope, ct) => SessionLedger.StartAsync(scope, start, ct));
        return result.Session.TransactionId;
    }

    /// <summary>A completed session of <paramref name="minutes"/> that delivered <paramref name="energyWh"/>.</summary>
    public async Task<int> CompletedAsync(string chargePointId, int connectorId, string idTag, DateTimeOffset at, double minutes, long energyWh)
    {
        var tx = await StartAsync(chargePointId, connectorId, idTag, at);
        await StopAsync(chargePointId, tx, at.AddMinutes(minutes), 10_000 + energyWh);
        return tx;
    }

    public Task StopAsync(string chargePointId, int transactionId, DateTimeOffset at, long meterStopWh) =>
        _db.WriteAsync((scope, ct) => SessionLedger.StopAsync(scope, chargePointId, transactionId, new SessionStop(at, meterStopWh, "EVDisconnected", null, at), [], ct));

    /// <summary>One MeterValues with the energy register and, when given, power and SoC.</summary>
    public Task MeterAsync(string chargePointId, int connectorId, int transactionId, DateTimeOffset at, long registerWh, long? powerW = null, int? soc = null)
    {
        var readings = new List<SampledReading> { SampledReading.From(registerWh.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null, null, "Wh", null) };
        if (powerW is { } w)
        {
            readings.Add(SampledReading.From(w.ToString(System.Globalization.CultureInfo.InvariantCulture), SampledReading.ActivePower, null, null, null, "W", null));
        }

        if (soc is { } s)
        {
            readings.Add(SampledReading.From(s.ToString(System.Globalization.CultureInfo.InvariantCulture), SampledReading.StateOfCharge, null, "EV", null, "Percent", null));
        }

        return _db.WriteAsync((scope, ct) => Task.FromResult(SessionLedger.RecordMeterValues(scope, chargePointId, connectorId, transactionId, [new TimedReadings(at, readings)], at, ct)));
    }

    public Task InterruptAsync(string chargePointId, DateTimeOffset at) =>
        _db.WriteAsync((scope, ct) => SessionLedger.InterruptOpenSessionsAsync(scope, chargePointId, at, ct));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }
}
