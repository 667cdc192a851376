using System.Globalization;
using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs.Calculation;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Tariffs.Pricing;

/// <summary>What the pricing reads from the ledger, and that it reads it through the indexes.</summary>
public sealed class SessionTimelineReaderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private PricingHost _host = default!;

    public async Task InitializeAsync() => _host = await PricingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ReadAsync_MixedSamples_OnlyTheBillingRegisterOncePerTimestamp()
    {
        var tx = await _host.StartAsync("TAG1", 1_000, T0);
        await _host.CallAsync("MeterValues", new
        {
            connectorId = 1,
            transactionId = tx,
            meterValue = new[]
            {
                Value(T0.AddMinutes(5), Sample("2500"), Sample("900", phase: "L1"), Sample("99999", location: "Inlet"), Sample("7", measurand: "Energy.Active.Export.Register")),
                Value(T0.AddMinutes(10), Sample("4000"), Sample("4.1", location: "EV", unit: "kWh")),
            },
        });

        var events = await ReadAsync(tx, until: null);

        Assert.Equal([new EnergyReading(T0.AddMinutes(5), 2_500), new EnergyReading(T0.AddMinutes(10), 4_100)], events.Readings);
    }

    [Fact]
    public async Task ReadAsync_StatusHistory_FromTheLastBeforeTheStartToTheEnd()
    {
        await _host.StatusAsync("Available", T0.AddHours(-2));
        await _host.StatusAsync("Preparing", T0.AddMinutes(-1));
        var tx = await _host.StartAsync("TAG1", 0, T0);
        await _host.StatusAsync("Charging", T0.AddMinutes(1));
        await _host.StatusAsync("SuspendedEV", T0.AddMinutes(50));
        await _host.StatusAsync("Charging", T0.AddMinutes(70), connectorId: 2);
        await _host.StatusAsync("Finishing", T0.AddMinutes(61));

        var events = await ReadAsync(tx, until: T0.AddMinutes(60));

        Assert.Equal(
            [new StatusPoint(T0.AddMinutes(-1), ConnectorStatus.Preparing), new StatusPoint(T0.AddMinutes(1), ConnectorStatus.Charging), new StatusPoint(T0.AddMinutes(50), ConnectorStatus.SuspendedEV)],
            events.Statuses);
    }

    [Fact]
    public async Task Queries_PlannedBySqlite_UseTheIndexesWithoutSorting()
    {
        await using var db = _host.Host.CreateDbContext();

        var registers = await PlanAsync(db, SessionTimelineReader.Registers(db, 42));
        var before = await PlanAsync(db, SessionTimelineReader.StatusesBefore(db, PricingHost.Cp, 1, T0).Take(1));
        var after = await PlanAsync(db, SessionTimelineReader.StatusesAfter(db, PricingHost.Cp, 1, T0, T0.AddHours(1)));

        Assert.Contains("USING INDEX IX_MeterSamples_TransactionId_Timestamp", registers, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", registers, StringComparison.Ordinal);
        Assert.Contains("USING INDEX IX_ConnectorStatusChanges_ChargePointId_ConnectorId_Timestamp_Status_ErrorCode", before, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", before, StringComparison.Ordinal);
        Assert.Contains("USING INDEX IX_ConnectorStatusChanges_ChargePointId_ConnectorId_Timestamp_Status_ErrorCode", after, StringComparison.Ordinal);
    }

    private async Task<TimelineEvents> ReadAsync(int tx, DateTimeOffset? until)
    {
        await using var db = _host.Host.CreateDbContext();
        return await SessionTimelineReader.ReadAsync(db, tx, PricingHost.Cp, 1, T0, until, CancellationToken.None);
    }

    /// <summary>SQLite's plan for EF's SQL, with the parameters EF lists as ".param set" lines bound as they would be.</summary>
    private static async Task<string> PlanAsync<T>(EvDashboardDbContext db, IQueryable<T> query)
    {
        var lines = query.ToQueryString().Split('\n');
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ', 4);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[2];
            parameter.Value = parts[3].StartsWith('\'') ? parts[3].Trim().Trim('\'') : long.Parse(parts[3].Trim(), CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join('\n', plan);
    }

    private static object Value(DateTimeOffset at, params object[] samples) => new { timestamp = at, sampledValue = samples };

    private static object Sample(string value, string measurand = "Energy.Active.Import.Register", string? phase = null, string location = "Outlet", string unit = "Wh") =>
        phase is null
            ? new { value, measurand, location, unit }
            : new { value, measurand, phase, location, unit };
}
