using System.Text.Json;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.LocalLists;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>
/// The charger's list limits (OCPP 1.6 §9.2 SendLocalListMaxLength, LocalAuthListMaxLength) read with GetConfiguration
/// and honoured by SendLocalList, over a real socket answered by the test charger.
/// </summary>
public sealed class OcppLocalListPartsTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();
    private OcppTestClient _cp = null!;

    private LocalListSync Sync => _factory.Services.GetRequiredService<LocalListSync>();

    public async Task InitializeAsync()
    {
        foreach (var tag in new[] { "TAG-A", "TAG-B", "TAG-C", "TAG-D", "TAG-E" })
        {
            await _factory.Services.GetRequiredService<IdTagAdministration>()
                .CreateAsync(tag, new IdTagSettings(IdTagStatus.Accepted, null, null, null), Actor.System, CancellationToken.None);
        }

        _cp = await OcppTestClient.ConnectAsync(_factory, "CP-PARTS");
        await _cp.CallAsync("Heartbeat", new { });
    }

    public async Task DisposeAsync()
    {
        await _cp.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_FullLongerThanSendLocalListMaxLength_SendsFullThenDifferentialParts()
    {
        var (calls, result) = await ExchangeAsync(UpdateType.Full, Limits(perMessage: 2, capacity: 10), "Accepted", "Accepted", "Accepted");

        Assert.True(result.Accepted);
        Assert.Equal(3, result.Version);
        Assert.Equal(
            ["1 Full TAG-A,TAG-B", "2 Differential TAG-C,TAG-D", "3 Differential TAG-E"],
            calls.Select(Describe));
        var status = await StatusAsync();
        Assert.Equal((3, 3, true), (status.AcceptedVersion!.Value, status.SentVersion!.Value, status.InSync));
        Assert.Equal(new LocalListLimits(2, 10, true), status.Limits);
        await using var db = _factory.CreateDbContext();
        var state = await db.LocalListStates.SingleAsync(s => s.ChargePointId == "CP-PARTS");
        Assert.Equal((2, 10), (state.SendLocalListMaxLength!.Value, state.LocalAuthListMaxLength!.Value));
        Assert.Equal(5, await db.LocalListEntries.CountAsync(e => e.ChargePointId == "CP-PARTS"));
    }

    [Fact]
    public async Task SendAsync_SecondPartFails_StateHoldsFirstPartAndDifferentialFinishesInParts()
    {
        var (_, failed) = await ExchangeAsync(UpdateType.Full, Limits(perMessage: 2, capacity: 10), "Accepted", "Failed");
        var afterFailure = await StatusAsync();
        List<string> heldAfterFailure;
        await using (var db = _factory.CreateDbContext())
        {
            heldAfterFailure = await db.LocalListEntries.Where(e => e.ChargePointId == "CP-PARTS").OrderBy(e => e.IdTag).Select(e => e.IdTag).ToListAsync();
        }

        // Limits are stored now: the follow-up is not preceded by GetConfiguration.
        var (calls, finished) = await ExchangeAsync(UpdateType.Differential, configuration: null, "Accepted", "Accepted");

        Assert.False(failed.Accepted);
        Assert.Equal(2, failed.Version);
        Assert.Contains("holds version 1 with 2 idTag(s)", failed.Message, StringComparison.Ordinal);
        Assert.Equal((1, 2, 3, false), (afterFailure.AcceptedVersion!.Value, afterFailure.SentVersion!.Value, afterFailure.PendingChanges, afterFailure.InSync));
        Assert.Equal(["TAG-A", "TAG-B"], heldAfterFailure);
        Assert.Equal(["3 Differential TAG-C,TAG-D", "4 Differential TAG-E"], calls.Select(Describe));
        Assert.True(finished.Accepted);
        Assert.True((await StatusAsync()).InSync);
    }

    [Fact]
    public async Task SendAsync_ListLongerThanLocalAuthListMaxLength_RefusedWithoutSendLocalList()
    {
        var (calls, result) = await ExchangeAsync(UpdateType.Full, Limits(perMessage: 10, capacity: 4));

        Assert.Empty(calls);
        Assert.False(result.Accepted);
        Assert.Null(result.Version);
        Assert.Contains("at most 4 (LocalAuthListMaxLength)", result.Message, StringComparison.Ordinal);
        await using var db = _factory.CreateDbContext();
        Assert.Equal(["GetConfiguration"], await db.CommandRecords.Select(c => c.Action).ToListAsync());
        Assert.Null((await StatusAsync()).AcceptedVersion);
    }

    private static string Limits(int perMessage, int capacity) =>
        $$"""{"configurationKey":[{"key":"SendLocalListMaxLength","readonly":true,"value":"{{perMessage}}"},{"key":"LocalAuthListMaxLength","readonly":true,"value":"{{capacity}}"},{"key":"LocalAuthListEnabled","readonly":false,"value":"true"}]}""";

    /// <summary>Starts a send, answers GetConfiguration when <paramref name="configuration"/> is given, then each SendLocalList in turn.</summary>
    private async Task<(JsonElement[] Calls, LocalListSendResult Result)> ExchangeAsync(UpdateType updateType, string? configuration, params string[] answers)
    {
        var pending = Sync.SendAsync("CP-PARTS", updateType, Actor.System, CancellationToken.None);
        if (configuration is not null)
        {
            var get = await _cp.ReceiveAsync();
            Assert.Equal("GetConfiguration", get[2].GetString());
            Assert.Equal(LocalListLimits.Keys, get[3].GetProperty("key").EnumerateArray().Select(k => k.GetString()!));
            await _cp.SendFrameAsync($"[3,\"{get[1].GetString()}\",{configuration}]");
        }

        var calls = new List<JsonElement>();
        foreach (var answer in answers)
        {
            var call = await _cp.ReceiveAsync();
            Assert.Equal("SendLocalList", call[2].GetString());
            calls.Add(call[3].Clone());
            await _cp.SendFrameAsync($"[3,\"{call[1].GetString()}\",{{\"status\":\"{answer}\"}}]");
        }

        return (calls.ToArray(), await pending);
    }

    private async Task<LocalListStatusView> StatusAsync() =>
        (await _factory.Services.GetRequiredService<LocalListQueries>().ListAsync(CancellationToken.None)).Single(s => s.ChargePointId == "CP-PARTS");

    private static string Describe(JsonElement payload) =>
        $"{payload.GetProperty("listVersion").GetInt32()} {payload.GetProperty("updateType").GetString()} " +
        string.Join(',', payload.GetProperty("localAuthorizationList").EnumerateArray().Select(e => e.GetProperty("idTag").GetString()));
}
