using System.Text.Json;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>Server-initiated calls: sent over the charger's socket, answered by the test client, recorded.</summary>
public sealed class OcppServerCallTests
{
    [Fact]
    public async Task Reset_AnsweredByCharger_ReturnsAnswerAndRecordsIt()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-CMD");
        await cp.CallAsync("Heartbeat", new { });
        var commands = factory.Services.GetRequiredService<ChargePointCommandService>();

        var pending = commands.SendAsync("CP-CMD", "Reset", Json("""{"type":"Soft"}"""), "test", CancellationToken.None);
        var call = await cp.ReceiveAsync();
        await cp.SendFrameAsync($"[3,\"{call[1].GetString()}\",{{\"status\":\"Accepted\"}}]");
        var result = await pending;

        Assert.Equal(2, call[0].GetInt32());
        Assert.Equal("Reset", call[2].GetString());
        Assert.Equal("Soft", call[3].GetProperty("type").GetString());
        Assert.Equal(CommandOutcome.Answered, result.Outcome);
        Assert.Equal("""{"status":"Accepted"}""", result.ResponseJson);
        await using var db = factory.CreateDbContext();
        var record = await db.CommandRecords.SingleAsync();
        Assert.Equal(("Reset", CommandOutcome.Answered, "test"), (record.Action, record.Outcome!.Value, record.RequestedBy));
    }

    [Fact]
    public async Task Command_ChargerAnswersCallError_ReturnsCallError()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-ERR");
        await cp.CallAsync("Heartbeat", new { });
        var commands = factory.Services.GetRequiredService<ChargePointCommandService>();

        var pending = commands.SendAsync("CP-ERR", "UnlockConnector", Json("""{"connectorId":1}"""), "test", CancellationToken.None);
        var call = await cp.ReceiveAsync();
        await cp.SendFrameAsync($"[4,\"{call[1].GetString()}\",\"NotSupported\",\"no lock\",{{}}]");
        var result = await pending;

        Assert.Equal(CommandOutcome.CallError, result.Outcome);
        Assert.Equal("NotSupported", result.ErrorCode);
    }

    [Fact]
    public async Task Command_ChargerAnswersWithInvalidPayload_IsInvalidAnswer()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-ODD");
        await cp.CallAsync("Heartbeat", new { });
        var commands = factory.Services.GetRequiredService<ChargePointCommandService>();

        var pending = commands.SendAsync("CP-ODD", "ClearCache", Json("{}"), "test", CancellationToken.None);
        var call = await cp.ReceiveAsync();
        await cp.SendFrameAsync($"[3,\"{call[1].GetString()}\",{{\"status\":\"Maybe\"}}]");
        var result = await pending;

        Assert.Equal(CommandOutcome.InvalidAnswer, result.Outcome);
    }

    [Fact]
    public async Task Command_ChargerNeverAnswers_TimesOut()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Ocpp:CallTimeoutSeconds"] = "1" });
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-SILENT");
        await cp.CallAsync("Heartbeat", new { });
        var commands = factory.Services.GetRequiredService<ChargePointCommandService>();

        var result = await commands.SendAsync("CP-SILENT", "GetLocalListVersion", Json("{}"), "test", CancellationToken.None);

        Assert.Equal(CommandOutcome.Timeout, result.Outcome);
    }

    [Fact]
    public async Task Command_ChargePointOffline_IsOfflineAndRecorded()
    {
        await using var factory = new EvDashboardFactory();
        var commands = factory.Services.GetRequiredService<ChargePointCommandService>();

        var result = await commands.SendAsync("CP-NOWHERE", "ClearCache", Json("{}"), "test", CancellationToken.None);

        Assert.Equal(CommandOutcome.Offline, result.Outcome);
        await using var db = factory.CreateDbContext();
        Assert.Equal(CommandOutcome.Offline, (await db.CommandRecords.SingleAsync()).Outcome);
    }

    [Fact]
    public async Task Command_InvalidPayload_IsRefusedBeforeSending()
    {
        await using var factory = new EvDashboardFactory();
        var commands = factory.Services.GetRequiredService<ChargePointCommandService>();

        await Assert.ThrowsAsync<ArgumentException>(() => commands.SendAsync("CP-X", "Reset", Json("""{"type":"Gentle"}"""), "test", CancellationToken.None));

        await using var db = factory.CreateDbContext();
        Assert.False(await db.CommandRecords.AnyAsync());
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
