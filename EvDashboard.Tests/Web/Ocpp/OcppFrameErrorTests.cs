using System.Text.Json;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>Hostile and malformed frames over a real socket: spec error codes, the socket stays open, nothing stored changes.</summary>
public sealed class OcppFrameErrorTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    public static TheoryData<string> FrameNames()
    {
        var data = new TheoryData<string>();
        foreach (var frame in LoadFrames())
        {
            data.Add(frame.GetProperty("name").GetString()!);
        }

        return data;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [MemberData(nameof(FrameNames))]
    public async Task BadFrame_IsAnsweredWithSpecErrorCode_AndConnectionStaysUsable(string name)
    {
        var frame = LoadFrames().Single(f => f.GetProperty("name").GetString() == name);
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-HOSTILE");

        var answer = await cp.SendTextAsync(frame.GetProperty("frame").GetString()!);
        var heartbeat = await cp.CallRawAsync("Heartbeat", new { });

        Assert.Equal(4, answer[0].GetInt32());
        Assert.Equal(frame.GetProperty("id").GetString(), answer[1].GetString());
        Assert.Equal(frame.GetProperty("code").GetString(), answer[2].GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer[3].GetString()));
        Assert.Equal(JsonValueKind.Object, answer[4].ValueKind);
        Assert.Equal(3, heartbeat[0].GetInt32());
    }

    [Fact]
    public async Task AllBadFrames_AfterASession_ChangeNothingStored()
    {
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-HOSTILE-DB");
        var tx = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "A", meterStart = 100, timestamp = DateTimeOffset.UnixEpoch.AddYears(56) }))
            .GetProperty("transactionId").GetInt32();
        var before = await SnapshotAsync();

        foreach (var frame in LoadFrames())
        {
            var answer = await cp.SendTextAsync(frame.GetProperty("frame").GetString()!);
            Assert.Equal(4, answer[0].GetInt32());
        }

        Assert.Equal(before, await SnapshotAsync());
        await using var db = _factory.CreateDbContext();
        Assert.Equal(100, (await db.ChargingSessions.SingleAsync(s => s.TransactionId == tx)).MeterStartWh);
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = _factory.CreateDbContext();
        return string.Join(',',
            await db.ChargingSessions.CountAsync(),
            await db.MeterSamples.CountAsync(),
            await db.ConnectorStatusChanges.CountAsync(),
            await db.AuthorizationRecords.CountAsync(),
            await db.LedgerAnomalies.CountAsync(),
            await db.DataTransferMessages.CountAsync(),
            (await db.ChargePoints.SingleAsync(c => c.Id == "CP-HOSTILE-DB")).Vendor ?? "-");
    }

    private static List<JsonElement> LoadFrames()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Ocpp", "hostile-frames.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
