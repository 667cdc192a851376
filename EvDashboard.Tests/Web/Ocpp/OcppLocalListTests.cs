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

/// <summary>SendLocalList and GetLocalListVersion over a real socket, answered by the test charger (OCPP 1.6 §5.6, §5.15).</summary>
public sealed class OcppLocalListTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();
    private OcppTestClient _cp = null!;
    private bool _limitsRead;

    private LocalListSync Sync => _factory.Services.GetRequiredService<LocalListSync>();

    public async Task InitializeAsync()
    {
        await CreateAsync("TAG-A", IdTagStatus.Accepted);
        await CreateAsync("TAG-B", IdTagStatus.Blocked);
        await CreateAsync("TAG-X", IdTagStatus.Invalid);
        _cp = await OcppTestClient.ConnectAsync(_factory, "CP-LIST");
        await _cp.CallAsync("Heartbeat", new { });
    }

    public async Task DisposeAsync()
    {
        await _cp.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_FullThenDifferential_SendsChangesSinceAcceptedVersionAndTracksSync()
    {
        var (fullCall, full) = await SendAnsweredAsync(UpdateType.Full, "Accepted");
        var afterFull = await StatusAsync();
        await _factory.Services.GetRequiredService<IdTagAdministration>()
            .SetBlockedAsync("TAG-A", blocked: true, Actor.System, CancellationToken.None);
        await CreateAsync("TAG-C", IdTagStatus.Accepted);
        var pending = await StatusAsync();
        var (diffCall, diff) = await SendAnsweredAsync(UpdateType.Differential, "Accepted");

        Assert.True(full.Accepted);
        Assert.Equal((1, "Full"), (fullCall.GetProperty("listVersion").GetInt32(), fullCall.GetProperty("updateType").GetString()));
        Assert.Equal(["TAG-A:Accepted", "TAG-B:Blocked"], Entries(fullCall));
        Assert.True(afterFull.InSync);
        Assert.Equal((false, 2), (pending.InSync, pending.PendingChanges));
        Assert.Equal((2, "Differential"), (diffCall.GetProperty("listVersion").GetInt32(), diffCall.GetProperty("updateType").GetString()));
        Assert.Equal(["TAG-A:Blocked", "TAG-C:Accepted"], Entries(diffCall));
        Assert.True(diff.Accepted);
        var status = await StatusAsync();
        Assert.Equal((2, 2, 2, true), (status.SentVersion, status.AcceptedVersion, status.ReportedVersion, status.InSync));
        await using var db = _factory.CreateDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "locallist.send" && a.Target == "CP-LIST" && a.Succeeded));
    }

    [Fact]
    public async Task SendAsync_ChargerAnswersVersionMismatch_NotAcceptedAndNotInSync()
    {
        var (_, result) = await SendAnsweredAsync(UpdateType.Full, "VersionMismatch");

        Assert.False(result.Accepted);
        var status = await StatusAsync();
        Assert.Equal((1, (int?)null, "VersionMismatch", false), (status.SentVersion, status.AcceptedVersion, status.LastResult, status.InSync));
        await using var db = _factory.CreateDbContext();
        Assert.Empty(await db.LocalListEntries.ToListAsync());
        Assert.Single(await db.AuditEntries.Where(a => a.Action == "locallist.send" && !a.Succeeded).ToListAsync());
    }

    [Fact]
    public async Task SendAsync_DifferentialBeforeAnyAcceptedList_RefusedWithoutSending()
    {
        var result = await Sync.SendAsync("CP-LIST", UpdateType.Differential, Actor.System, CancellationToken.None);

        Assert.False(result.Accepted);
        Assert.Null(result.Version);
        await using var db = _factory.CreateDbContext();
        Assert.Empty(await db.CommandRecords.ToListAsync());
    }

    [Fact]
    public async Task RefreshVersionAsync_ChargerReportsOtherVersion_StoredAndOutOfSync()
    {
        await SendAnsweredAsync(UpdateType.Full, "Accepted");

        var pending = Sync.RefreshVersionAsync("CP-LIST", Actor.System, CancellationToken.None);
        var call = await _cp.ReceiveAsync();
        await _cp.SendFrameAsync($"[3,\"{call[1].GetString()}\",{{\"listVersion\":0}}]");
        var version = await pending;

        Assert.Equal("GetLocalListVersion", call[2].GetString());
        Assert.Equal(0, version);
        var status = await StatusAsync();
        Assert.Equal((1, 0, false), (status.AcceptedVersion!.Value, status.ReportedVersion!.Value, status.InSync));
    }

    private async Task<(JsonElement Payload, LocalListSendResult Result)> SendAnsweredAsync(UpdateType updateType, string answer)
    {
        var pending = Sync.SendAsync("CP-LIST", updateType, Actor.System, CancellationToken.None);
        var call = await _cp.ReceiveAsync();
        if (!_limitsRead)
        {
            // The first send reads the charger's list limits (OCPP 1.6 §9.2); this charger reports none.
            Assert.Equal("GetConfiguration", call[2].GetString());
            await _cp.SendFrameAsync($"[3,\"{call[1].GetString()}\",{{\"unknownKey\":[\"SendLocalListMaxLength\",\"LocalAuthListMaxLength\"]}}]");
            _limitsRead = true;
            call = await _cp.ReceiveAsync();
        }

        Assert.Equal("SendLocalList", call[2].GetString());
        await _cp.SendFrameAsync($"[3,\"{call[1].GetString()}\",{{\"status\":\"{answer}\"}}]");
        return (call[3].Clone(), await pending);
    }

    private async Task<LocalListStatusView> StatusAsync() =>
        (await _factory.Services.GetRequiredService<LocalListQueries>().ListAsync(CancellationToken.None)).Single(s => s.ChargePointId == "CP-LIST");

    private Task<IdTagChangeResult> CreateAsync(string idTag, IdTagStatus status) =>
        _factory.Services.GetRequiredService<IdTagAdministration>()
            .CreateAsync(idTag, new IdTagSettings(status, null, null, null), Actor.System, CancellationToken.None);

    private static string[] Entries(JsonElement payload) =>
        payload.GetProperty("localAuthorizationList").EnumerateArray()
            .Select(e => $"{e.GetProperty("idTag").GetString()}:{e.GetProperty("idTagInfo").GetProperty("status").GetString()}")
            .ToArray();
}
