using System.Text.Json;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Data;
using EvDashboard.Core.Healing;
using EvDashboard.Core.Healing.Playbooks;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Healing;

/// <summary>The app on a manual clock with a fake alert engine, one test charger "CP-1", and the playbook worker driven pass by pass.</summary>
internal sealed class PlaybookHarness : IAsyncDisposable
{
    public const string ChargePointId = "CP-1";
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private PlaybookHarness(EvDashboardFactory factory)
    {
        Factory = factory;
        App = Host();
    }

    public EvDashboardFactory Factory { get; }

    public WebApplicationFactory<Program> App { get; private set; }

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    public FakeAlertNotices Notices { get; } = new();

    /// <summary>Periodic passes are an hour apart, so only live events and the test's own passes act.</summary>
    public static PlaybookHarness Create(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Healing:Playbooks:EvaluationSeconds"] = "3600" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new PlaybookHarness(new EvDashboardFactory(all));
    }

    /// <summary>Stops the app and starts it again on the same database (a new worker, nothing kept in memory).</summary>
    public async Task RestartAsync()
    {
        await App.DisposeAsync();
        App = Host();
        _ = App.Server;
    }

    public async Task<OcppTestClient> ConnectAndBootAsync()
    {
        var cp = await OcppTestClient.ConnectAsync(App, ChargePointId);
        await cp.CallAsync("BootNotification", new { chargePointVendor = "V", chargePointModel = "M" });
        return cp;
    }

    public Task<OcppTestClient> ConnectAsync() => OcppTestClient.ConnectAsync(App, ChargePointId);

    /// <summary>Closes the charger's socket and waits until the server has noticed.</summary>
    public async Task DisconnectAsync(OcppTestClient cp)
    {
        await cp.DisposeAsync();
        var messenger = App.Services.GetRequiredService<IChargePointMessenger>();
        await WaitUntilAsync(() => !messenger.IsConnected(ChargePointId));
    }

    public Task StatusAsync(OcppTestClient cp, int connectorId, string status) =>
        cp.CallAsync("StatusNotification", new
        {
            connectorId,
            errorCode = status == "Faulted" ? "GroundFailure" : "NoError",
            status,
            timestamp = Clock.GetUtcNow(),
        });

    public Task EvaluateAsync() => App.Services.GetRequiredService<PlaybookWorker>().EvaluateAsync(CancellationToken.None);

    /// <summary>Runs a pass and answers the one call it sends.</summary>
    public async Task<JsonElement> EvaluateAndAnswerAsync(OcppTestClient cp, string answer)
    {
        var pass = EvaluateAsync();
        var call = await AnswerNextAsync(cp, answer);
        await pass;
        return call;
    }

    /// <summary>Receives the next server call and answers it.</summary>
    public static async Task<JsonElement> AnswerNextAsync(OcppTestClient cp, string answer)
    {
        var call = await cp.ReceiveAsync();
        Assert.Equal(2, call[0].GetInt32());
        await cp.SendFrameAsync($"""[3,"{call[1].GetString()}",{answer}]""");
        return call;
    }

    public async Task<List<PlaybookRun>> RunsAsync()
    {
        await using var db = App.Services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>().CreateDbContext();
        return await db.PlaybookRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    public async Task<List<CommandRecord>> HealingCommandsAsync()
    {
        await using var db = App.Services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>().CreateDbContext();
        return await db.CommandRecords.AsNoTracking().Where(c => c.RequestedBy == PlaybookKeys.Actor).OrderBy(c => c.Id).ToListAsync();
    }

    public async Task WaitForRunAsync(Func<PlaybookRun, bool> condition)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (!(await RunsAsync()).Any(condition))
        {
            Assert.True(DateTime.UtcNow < deadline, "The expected playbook run did not appear in time.");
            await Task.Delay(20);
        }
    }

    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold in time.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Factory.DisposeAsync();
    }

    private WebApplicationFactory<Program> Host() =>
        Factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IAlertNotices>(Notices);
        }));
}
