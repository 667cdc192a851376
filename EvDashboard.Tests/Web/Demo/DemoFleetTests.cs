using System.Text.Json;
using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Demo;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EvDashboard.Tests.Web.Demo;

/// <summary>The demo fleet in the whole app: simulated chargers over real (TestServer) WebSockets into the real ledger.</summary>
public sealed class DemoFleetTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_TwoChargePoints_CreatesStationsSessionsAndMeterSamples()
    {
        await using var factory = new EvDashboardFactory(DemoSettings(unknownChargePoints: "Accept"));
        await using var app = WithTestServerTransport(factory);
        var contexts = app.Services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>();

        await WaitUntilAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return await db.ChargePoints.CountAsync(c => c.LastBootAt != null) == 2
                && await db.ChargingSessions.AnyAsync()
                && await db.MeterSamples.AnyAsync(m => m.TransactionId != null && m.Measurand == "Power.Active.Import");
        });

        await using var check = await contexts.CreateDbContextAsync();
        Assert.Equal(["DEMO-01", "DEMO-02"], await check.ChargePoints.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        Assert.Equal(4, await check.Connectors.CountAsync(c => c.ConnectorId > 0));
        var tags = await check.IdTags.ToDictionaryAsync(t => t.Value, t => t.Status);
        Assert.Equal(IdTagStatus.Blocked, tags[DemoIdTags.Blocked]);
        Assert.All(DemoIdTags.Accepted, tag => Assert.Equal(IdTagStatus.Accepted, tags[tag]));
        Assert.False(tags.ContainsKey(DemoIdTags.Unknown));
    }

    [Fact]
    public async Task OperatorCommands_OnADemoStation_AreAnswered()
    {
        await using var factory = new EvDashboardFactory(DemoSettings(unknownChargePoints: "Accept"));
        await using var app = WithTestServerTransport(factory);
        var presence = app.Services.GetRequiredService<ChargePointPresence>();
        await WaitUntilAsync(() => Task.FromResult(presence.IsOnline("DEMO-01")));
        var commands = app.Services.GetRequiredService<ChargePointCommandService>();

        var configuration = await commands.SendAsync("DEMO-01", "GetConfiguration", Json("""{"key":["MeterValueSampleInterval","NoSuchKey"]}"""), "test", CancellationToken.None);
        var change = await commands.SendAsync("DEMO-01", "ChangeConfiguration", Json("""{"key":"NumberOfConnectors","value":"9"}"""), "test", CancellationToken.None);
        var trigger = await commands.SendAsync("DEMO-01", "TriggerMessage", Json("""{"requestedMessage":"StatusNotification","connectorId":1}"""), "test", CancellationToken.None);
        var localList = await commands.SendAsync("DEMO-01", "SendLocalList", Json("""{"listVersion":1,"updateType":"Full"}"""), "test", CancellationToken.None);
        var listVersion = await commands.SendAsync("DEMO-01", "GetLocalListVersion", Json("{}"), "test", CancellationToken.None);
        var unsupported = await commands.SendAsync("DEMO-01", "CancelReservation", Json("""{"reservationId":1}"""), "test", CancellationToken.None);

        Assert.Equal(CommandOutcome.Answered, configuration.Outcome);
        using (var answer = JsonDocument.Parse(configuration.ResponseJson!))
        {
            Assert.Equal("1", answer.RootElement.GetProperty("configurationKey")[0].GetProperty("value").GetString());
            Assert.Equal("NoSuchKey", answer.RootElement.GetProperty("unknownKey")[0].GetString());
        }

        Assert.Contains("\"Rejected\"", change.ResponseJson, StringComparison.Ordinal);
        Assert.Contains("\"Accepted\"", trigger.ResponseJson, StringComparison.Ordinal);
        Assert.Contains("\"Accepted\"", localList.ResponseJson, StringComparison.Ordinal);
        Assert.Equal("""{"listVersion":1}""", listVersion.ResponseJson);
        Assert.Equal((CommandOutcome.CallError, "NotSupported"), (unsupported.Outcome, unsupported.ErrorCode));
    }

    [Fact]
    public async Task RemoteStop_OfADemoSession_StopsItWithReasonRemote()
    {
        await using var factory = new EvDashboardFactory(DemoSettings(unknownChargePoints: "Accept"));
        await using var app = WithTestServerTransport(factory);
        var contexts = app.Services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>();
        int? transactionId = null;
        await WaitUntilAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            transactionId = await db.ChargingSessions.Where(s => s.ChargePointId == "DEMO-01" && s.Status == SessionStatus.Active)
                .Select(s => (int?)s.TransactionId).FirstOrDefaultAsync();
            return transactionId is not null;
        });

        var stop = await app.Services.GetRequiredService<ChargePointCommandService>()
            .SendAsync("DEMO-01", "RemoteStopTransaction", Json($$"""{"transactionId":{{transactionId}}}"""), "test", CancellationToken.None);

        Assert.Contains("\"Accepted\"", stop.ResponseJson, StringComparison.Ordinal);
        await WaitUntilAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return await db.ChargingSessions.AnyAsync(s => s.TransactionId == transactionId && s.Status == SessionStatus.Completed && s.StopReason == "Remote");
        });
    }

    [Fact]
    public async Task SoftReset_OfADemoStation_StopsItsSessionAndBootsAgain()
    {
        await using var factory = new EvDashboardFactory(DemoSettings(unknownChargePoints: "Accept"));
        await using var app = WithTestServerTransport(factory);
        var contexts = app.Services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>();
        DateTimeOffset? firstBoot = null;
        int? transactionId = null;
        await WaitUntilAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            firstBoot = await db.ChargePoints.Where(c => c.Id == "DEMO-01").Select(c => c.LastBootAt).FirstOrDefaultAsync();
            transactionId = await db.ChargingSessions.Where(s => s.ChargePointId == "DEMO-01" && s.Status == SessionStatus.Active)
                .Select(s => (int?)s.TransactionId).FirstOrDefaultAsync();
            return transactionId is not null;
        });

        var reset = await app.Services.GetRequiredService<ChargePointCommandService>()
            .SendAsync("DEMO-01", "Reset", Json("""{"type":"Soft"}"""), "test", CancellationToken.None);

        Assert.Contains("\"Accepted\"", reset.ResponseJson, StringComparison.Ordinal);
        await WaitUntilAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            var stopped = await db.ChargingSessions.AnyAsync(s => s.TransactionId == transactionId && s.StopReason == "SoftReset");
            var bootedAgain = await db.ChargePoints.AnyAsync(c => c.Id == "DEMO-01" && c.LastBootAt > firstBoot);
            return stopped && bootedAgain;
        });
    }

    [Fact]
    public async Task Start_UnknownChargePointsRejected_RegistersItsOwnStationsFirst()
    {
        await using var factory = new EvDashboardFactory(DemoSettings(unknownChargePoints: "Reject"));
        await using var app = WithTestServerTransport(factory);
        var contexts = app.Services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>();

        await WaitUntilAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return await db.ChargePoints.CountAsync(c => c.LastBootAt != null) == 2;
        });

        await using var check = await contexts.CreateDbContextAsync();
        var stations = await check.ChargePoints.OrderBy(c => c.Id).ToListAsync();
        Assert.All(stations, c => Assert.False(c.IsNew));
        Assert.Equal(["Demo EVD-AC22-T2", "Demo EVD-DC150-CCS"], stations.Select(c => c.Name));
    }

    [Fact]
    public async Task Start_DemoNotEnabled_DoesNothing()
    {
        await using var factory = new EvDashboardFactory();

        var fleet = factory.Services.GetServices<IHostedService>().OfType<DemoFleetService>().Single();

        await fleet.ExecuteTask!.WaitAsync(Patience);
        await using var db = factory.CreateDbContext();
        Assert.False(await db.ChargePoints.AnyAsync());
        Assert.False(await db.IdTags.AnyAsync());
    }

    [Fact]
    public async Task Start_InvalidChargePointCount_FailsNamingTheSetting()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Demo:ChargePoints"] = "0" });

        var error = Record.Exception(() => factory.Server);

        Assert.NotNull(error);
        Assert.Contains("Demo:ChargePoints", error.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> DemoSettings(string unknownChargePoints) => new()
    {
        ["Demo:Enabled"] = "true",
        ["Demo:ChargePoints"] = "2",
        ["Demo:MeterValueIntervalSeconds"] = "1",
        ["Ocpp:UnknownChargePoints"] = unknownChargePoints,
    };

    private static WebApplicationFactory<Program> WithTestServerTransport(EvDashboardFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IDemoTransport, TestServerDemoTransport>()));

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
        }
    }
}
