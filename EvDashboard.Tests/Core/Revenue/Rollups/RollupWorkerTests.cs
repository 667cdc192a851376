using System.Text.Json;
using EvDashboard.Core.Live;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Tests.Core.Ocpp.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Revenue.Rollups;

/// <summary>Late OCPP data marks its day, and the worker's next pass leaves the rollups exactly as a full rebuild would.</summary>
public sealed class RollupWorkerTests : IAsyncLifetime
{
    private const string Cp = "CP-R";
    private HandlerHost _host = default!;
    private RollupWorker _worker = default!;

    public async Task InitializeAsync()
    {
        _host = await HandlerHost.StartAsync(Cp, new Dictionary<string, string?> { ["Site:TimeZone"] = "Europe/Berlin" });
        _worker = ActivatorUtilities.CreateInstance<RollupWorker>(_host.Services);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunPassAsync_LateMeterValuesAndStatus_MarkYesterdayAndPassEqualsRebuild()
    {
        await _host.CallAsync(Cp, """[2,"1","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Available","timestamp":"2026-11-19T08:00:00Z"}]""");
        var tx = await StartAsync("2026-11-20T22:30:00Z");
        await _worker.RunPassAsync(CancellationToken.None);
        Assert.Empty(await DirtyDaysAsync());

        await _host.CallAsync(Cp, $$"""[2,"2","MeterValues",{"connectorId":1,"transactionId":{{tx}},"meterValue":[{"timestamp":"2026-11-20T22:50:00Z","sampledValue":[{"value":"4000"}]}]}]""");
        await _host.CallAsync(Cp, """[2,"3","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Charging","timestamp":"2026-11-20T22:30:00Z"}]""");
        await _host.CallAsync(Cp, $$"""[2,"4","StopTransaction",{"transactionId":{{tx}},"meterStop":9000,"timestamp":"2026-11-21T01:30:00Z"}]""");

        Assert.Equal([new DateOnly(2026, 11, 20).DayNumber], await DirtyDaysAsync());
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        await _worker.RunPassAsync(CancellationToken.None);
        Assert.Empty(await DirtyDaysAsync());
        var afterPass = await SnapshotAsync();
        await _host.GetRequiredService<RollupRebuilder>().RebuildAsync(null, CancellationToken.None);
        RollupSnapshot.Equal(await SnapshotAsync(), afterPass);
        await using var db = _host.CreateDbContext();
        var energy = await db.ConnectorDays.Where(d => d.ChargePointId == Cp).SumAsync(d => d.EnergyWh);
        Assert.Equal(9000, energy);
        // Midnight in Berlin is 23:00Z: 4,000 Wh at 22:50Z, then 5,000 Wh over 160 minutes, 10 of them before midnight (floored).
        var yesterday = await db.ConnectorDays.SingleAsync(d => d.ChargePointId == Cp && d.Day == new DateOnly(2026, 11, 20).DayNumber);
        Assert.Equal(4312, yesterday.EnergyWh);
    }

    [Fact]
    public async Task RunPassAsync_StateInAnotherZone_RebuildsEverythingAndPublishes()
    {
        await StartAsync("2026-11-20T10:00:00Z");
        await _worker.RunPassAsync(CancellationToken.None);
        await _host.Writer.ExecuteAsync(async (scope, ct) =>
        {
            var state = await scope.Db.RollupStates.SingleAsync(ct);
            state.TimeZone = "UTC";
        }, CancellationToken.None);
        var events = new List<LiveEvent>();
        using var subscription = _host.GetRequiredService<LiveFeed>().Subscribe(events.Add);

        await _worker.RunPassAsync(CancellationToken.None);

        await using var db = _host.CreateDbContext();
        Assert.Equal("Europe/Berlin", (await db.RollupStates.SingleAsync()).TimeZone);
        Assert.Single(events.OfType<RollupsUpdated>());
        Assert.Equal(HandlerHost.Now, _host.GetRequiredService<RollupStatus>().LastBuiltAt);
    }

    private async Task<int> StartAsync(string timestamp)
    {
        var outcome = await _host.CallAsync(Cp, $$"""[2,"s","StartTransaction",{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":"{{timestamp}}"}]""");
        Assert.True(outcome.IsSuccess, outcome.ErrorDescription);
        using var payload = JsonDocument.Parse(outcome.Payload!);
        return payload.RootElement.GetProperty("transactionId").GetInt32();
    }

    private async Task<List<int>> DirtyDaysAsync()
    {
        await using var db = _host.CreateDbContext();
        return await db.RollupDirtyDays.Select(d => d.Day).OrderBy(d => d).ToListAsync();
    }

    private async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        await using var db = _host.CreateDbContext();
        return await RollupSnapshot.ReadAsync(db);
    }
}
