using EvDashboard.Core.Audit;
using System.Text.Json;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Stations;

/// <summary>The station page's commands against a charge point on a real socket: the frame it receives and the answer the page shows.</summary>
public sealed class StationCommandsTests
{
    private static readonly Actor Operator = new("operator@example.com");

    [Fact]
    public async Task RemoteStart_ChargerAccepts_SendsTheRequestRecordAndReportsAccepted()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await BootedAsync(factory);
        var commands = factory.Services.GetRequiredService<StationCommands>();

        var sending = commands.RemoteStartAsync("CP-1", 2, " TAG-42 ", Operator, CancellationToken.None);
        var call = await cp.ReceiveAsync();
        await AnswerAsync(cp, call, """{"status":"Accepted"}""");
        var answer = await sending;

        Assert.Equal(("RemoteStartTransaction", 2, "TAG-42"), (call[2].GetString(), call[3].GetProperty("connectorId").GetInt32(), call[3].GetProperty("idTag").GetString()));
        Assert.Equal((CommandAnswerKind.Accepted, "RemoteStartTransaction: Accepted"), (answer.Kind, answer.Summary));
    }

    [Theory]
    [InlineData("""{"status":"Rejected"}""", CommandAnswerKind.Refused, "Reset: Rejected")]
    [InlineData("""{"status":"Accepted"}""", CommandAnswerKind.Accepted, "Reset: Accepted")]
    public async Task Reset_ChargerAnswers_ReportsItsStatus(string response, CommandAnswerKind kind, string summary)
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await BootedAsync(factory);

        var sending = factory.Services.GetRequiredService<StationCommands>().ResetAsync("CP-1", ResetType.Hard, Operator, CancellationToken.None);
        var call = await cp.ReceiveAsync();
        await AnswerAsync(cp, call, response);
        var answer = await sending;

        Assert.Equal("Hard", call[3].GetProperty("type").GetString());
        Assert.Equal((kind, summary), (answer.Kind, answer.Summary));
    }

    [Fact]
    public async Task Unlock_ChargerSendsCallError_ReportsTheErrorCode()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await BootedAsync(factory);

        var sending = factory.Services.GetRequiredService<StationCommands>().UnlockAsync("CP-1", 1, Operator, CancellationToken.None);
        var call = await cp.ReceiveAsync();
        await cp.SendFrameAsync($$"""[4,"{{call[1].GetString()}}","NotSupported","No lock on this connector",{}]""");
        var answer = await sending;

        Assert.Equal((CommandAnswerKind.CallError, "UnlockConnector: CALLERROR NotSupported", "No lock on this connector"), (answer.Kind, answer.Summary, answer.Detail));
    }

    [Fact]
    public async Task ChangeAvailability_ChargePointNotConnected_ReportsOffline()
    {
        await using var factory = new EvDashboardFactory();

        var answer = await factory.Services.GetRequiredService<StationCommands>()
            .ChangeAvailabilityAsync("CP-GONE", 0, AvailabilityType.Inoperative, Operator, CancellationToken.None);

        Assert.Equal((CommandAnswerKind.Offline, "ChangeAvailability: Offline"), (answer.Kind, answer.Summary));
    }

    [Fact]
    public async Task RemoteStart_IdTagOverTwentyCharacters_IsNotSent()
    {
        await using var factory = new EvDashboardFactory();

        var answer = await factory.Services.GetRequiredService<StationCommands>()
            .RemoteStartAsync("CP-1", null, new string('A', 21), Operator, CancellationToken.None);

        Assert.Equal(CommandAnswerKind.NotSent, answer.Kind);
        Assert.False(string.IsNullOrEmpty(answer.Detail));
    }

    [Fact]
    public async Task GetConfiguration_ChargerAnswers_ReturnsKeysInOrderWithAccess()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await BootedAsync(factory);

        var reading = factory.Services.GetRequiredService<StationCommands>().GetConfigurationAsync("CP-1", Operator, CancellationToken.None);
        var call = await cp.ReceiveAsync();
        await AnswerAsync(cp, call, """
            {"configurationKey":[{"key":"MeterValueSampleInterval","readonly":false,"value":"60"},{"key":"HeartbeatInterval","readonly":false,"value":"300"},
             {"key":"NumberOfConnectors","readonly":true,"value":"2"}],"unknownKey":["Nope"]}
            """);
        var readout = await reading;

        Assert.Equal("GetConfiguration", call[2].GetString());
        Assert.False(call[3].TryGetProperty("key", out _));
        Assert.Equal(["HeartbeatInterval", "MeterValueSampleInterval", "NumberOfConnectors"], readout.Keys.Select(k => k.Key));
        Assert.True(readout.Keys[2].Readonly);
        Assert.Equal(["Nope"], readout.UnknownKeys);
        Assert.Equal((CommandAnswerKind.Accepted, "GetConfiguration: 3 keys"), (readout.Answer.Kind, readout.Answer.Summary));
    }

    private static async Task<OcppTestClient> BootedAsync(EvDashboardFactory factory)
    {
        var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        await cp.CallAsync("BootNotification", new { chargePointVendor = "V", chargePointModel = "M" });
        return cp;
    }

    private static Task AnswerAsync(OcppTestClient cp, JsonElement call, string payload) =>
        cp.SendFrameAsync($"""[3,"{call[1].GetString()}",{payload}]""");
}
