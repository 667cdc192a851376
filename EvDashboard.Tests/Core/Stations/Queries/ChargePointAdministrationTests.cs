using EvDashboard.Core.Audit;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Tests.Core.Data;
using Microsoft.Extensions.Logging.Abstractions;
using static EvDashboard.Tests.Core.Data.WriterTestSupport;

namespace EvDashboard.Tests.Core.Stations.Queries;

/// <summary>Deleting a charge point through the writer on a migrated SQLite file.</summary>
public sealed class ChargePointAdministrationTests : IAsyncLifetime
{
    private LedgerDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await LedgerDatabase.CreateAsync();
        await _db.AddChargePointAsync("CP-1", T0);
        await _db.AddChargePointAsync("CP-2", T0);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task DeleteAsync_NoSessions_RemovesItsSamplesOnly()
    {
        await RecordAsync("CP-1");
        await RecordAsync("CP-2");
        var administration = new ChargePointAdministration(
            _db.Writer, new ChargePointPresence(), new AuditTrail(_db.Writer, TimeProvider.System), TimeProvider.System, NullLogger<ChargePointAdministration>.Instance);

        var result = await administration.DeleteAsync("CP-1", new Actor("operator@example.com"), CancellationToken.None);

        Assert.Equal(ChargePointChangeResult.Deleted, result);
        Assert.Equal(0, await _db.CountAsync("SELECT COUNT(*) FROM MeterSamples WHERE ChargePointId = 'CP-1'"));
        Assert.Equal(2, await _db.CountAsync("SELECT COUNT(*) FROM MeterSamples WHERE ChargePointId = 'CP-2'"));
    }

    private Task<MeteredSession?> RecordAsync(string chargePointId)
    {
        List<SampledReading> readings = [SampledReading.From("230", "Voltage", null, null, null, "V", null), SampledReading.From("1200", null, null, null, null, null, null)];
        return _db.WriteAsync((scope, ct) => Task.FromResult(SessionLedger.RecordMeterValues(scope, chargePointId, 0, null, [new TimedReadings(T0, readings)], T0, ct)));
    }
}
