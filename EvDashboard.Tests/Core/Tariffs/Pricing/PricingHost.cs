using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Tariffs;
using EvDashboard.Tests.Core.Ocpp.Handlers;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Tariffs.Pricing;

/// <summary>
/// A charger's messages through the real handlers, writer and SQLite file (<see cref="HandlerHost"/>), received at the
/// manual clock's time (each call returns once its live events are published), plus the tariffs and tags the pricing tests need, written as the admin would (one unit of work).
/// </summary>
internal sealed class PricingHost : IAsyncDisposable
{
    public const string Cp = "CP-P";

    private int _nextId;

    private PricingHost(HandlerHost host) => Host = host;

    public HandlerHost Host { get; }

    public static async Task<PricingHost> StartAsync(string timeZone = "UTC") =>
        new(await HandlerHost.StartAsync(Cp, new Dictionary<string, string?> { ["Site:TimeZone"] = timeZone }));

    public T Get<T>()
        where T : notnull => Host.GetRequiredService<T>();

    public async Task<JsonElement> CallAsync(string action, object payload)
    {
        var frame = new JsonArray(2, $"m{++_nextId}", action, JsonSerializer.SerializeToNode(payload)).ToJsonString();
        var outcome = await Host.CallAsync(Cp, frame, Host.Clock.GetUtcNow());
        Assert.True(outcome.IsSuccess, outcome.ErrorDescription);
        // The writer publishes a batch's live events before it takes the next batch: once an empty unit has run, they are out.
        await Host.Writer.ExecuteAsync((_, _) => Task.CompletedTask, CancellationToken.None);
        using var document = JsonDocument.Parse(outcome.Payload!);
        return document.RootElement.Clone();
    }

    public async Task<int> StartAsync(string idTag, long meterStartWh, DateTimeOffset at, int connectorId = 1)
    {
        var answer = await CallAsync("StartTransaction", new { connectorId, idTag, meterStart = meterStartWh, timestamp = at });
        return answer.GetProperty("transactionId").GetInt32();
    }

    public Task MeterAsync(int transactionId, DateTimeOffset at, long registerWh, int connectorId = 1) =>
        CallAsync("MeterValues", new
        {
            connectorId,
            transactionId,
            meterValue = new[]
            {
                new
                {
                    timestamp = at,
                    sampledValue = new[] { new { value = registerWh.ToString(CultureInfo.InvariantCulture), measurand = "Energy.Active.Import.Register", unit = "Wh" } },
                },
            },
        });

    public Task StatusAsync(string status, DateTimeOffset at, int connectorId = 1) =>
        CallAsync("StatusNotification", new { connectorId, errorCode = "NoError", status, timestamp = at });

    public Task<JsonElement> StopAsync(int transactionId, long meterStopWh, DateTimeOffset at) =>
        CallAsync("StopTransaction", new { transactionId, meterStop = meterStopWh, timestamp = at, reason = "EVDisconnected" });

    /// <returns>The tariff's id and its first version's id.</returns>
    public Task<(int TariffId, int VersionId)> AddTariffAsync(
        TariffDefinition definition, string name = "Standard", TariffScope scope = TariffScope.Site, int? connectorId = null, string? group = null) =>
        Host.Writer.ExecuteAsync(
            async (s, ct) =>
            {
                var now = Host.Clock.GetUtcNow();
                var tariff = new Tariff(name, null, definition.Currency, now);
                var version = tariff.AddVersion(definition, "test", now);
                s.Db.Tariffs.Add(tariff);
                s.Db.TariffVersions.Add(version);
                await s.Db.SaveChangesAsync(ct);
                var chargePointId = scope == TariffScope.Site ? null : Cp;
                s.Db.TariffAssignments.Add(new TariffAssignment(tariff.Id, scope, chargePointId, connectorId, group, "test", now));
                return (tariff.Id, version.Id);
            },
            CancellationToken.None);

    /// <summary>An edit: a new version becomes the tariff's current one.</summary>
    public Task<int> AddVersionAsync(int tariffId, TariffDefinition definition) =>
        Host.Writer.ExecuteAsync(
            async (s, ct) =>
            {
                var tariff = await s.Db.Tariffs.SingleAsync(t => t.Id == tariffId, ct);
                var version = tariff.AddVersion(definition, "test", Host.Clock.GetUtcNow());
                s.Db.TariffVersions.Add(version);
                await s.Db.SaveChangesAsync(ct);
                return version.Id;
            },
            CancellationToken.None);

    public Task AddTagAsync(string value, string? group) =>
        Host.Writer.ExecuteAsync(
            (s, _) =>
            {
                var tag = new IdTag(value, Host.Clock.GetUtcNow());
                tag.Update(IdTagStatus.Accepted, null, group, null, Host.Clock.GetUtcNow());
                s.Db.IdTags.Add(tag);
                return Task.CompletedTask;
            },
            CancellationToken.None);

    public async Task<ChargingSession> SessionAsync(int transactionId)
    {
        await using var db = Host.CreateDbContext();
        return await db.ChargingSessions.AsNoTracking().SingleAsync(s => s.TransactionId == transactionId);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
