using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Api;

/// <summary>POST /api/charge-points/{id}/commands/{action} against a charger simulated over a real WebSocket.</summary>
public sealed class CommandEndpointsTests : IAsyncLifetime
{
    private readonly ApiTestHost _host = new(new Dictionary<string, string?> { ["Ocpp:CallTimeoutSeconds"] = "1" });

    public async Task InitializeAsync() => (await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1" })).Dispose();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("Heartbeat")]
    [InlineData("reset")]
    [InlineData("SelfDestruct")]
    public async Task Send_NotACommand_Returns400AndRecordsNothing(string action)
    {
        using var response = await SendAsync("CP-1", action, new { });

        var message = await ApiAssert.ValidationProblemAsync(response, "action");
        Assert.Contains(action, message, StringComparison.Ordinal);
        Assert.Equal(0, await _host.ReadAsync(db => db.CommandRecords.CountAsync()));
    }

    [Fact]
    public async Task Send_UnknownChargePoint_Returns404()
    {
        using var response = await SendAsync("NOPE", "Reset", new { type = "Soft" });

        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Send_InvalidPayload_Returns400WithTheValidationDescriptionAndRecordsNothing()
    {
        using var response = await SendAsync("CP-1", "Reset", new { type = "Sideways" });

        var message = await ApiAssert.ValidationProblemAsync(response, "payload");
        Assert.Contains("type", message, StringComparison.Ordinal);
        Assert.Equal(0, await _host.ReadAsync(db => db.CommandRecords.CountAsync()));
    }

    [Fact]
    public async Task Send_Offline_Returns409()
    {
        using var response = await SendAsync("CP-1", "Reset", new { type = "Soft" });

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("Offline", problem.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Send_ChargerAccepts_Returns200WithItsPayloadAndRecordsTheCommand()
    {
        await using var cp = await ConnectAsync();

        var sending = SendAsync("CP-1", "Reset", new { type = "Hard" });
        var call = await cp.ReceiveAsync();
        await cp.SendFrameAsync($$"""[3,"{{call[1].GetString()}}",{"status":"Accepted"}]""");
        using var response = await sending;

        Assert.Equal(2, call[0].GetInt32());
        Assert.Equal("Reset", call[2].GetString());
        Assert.Equal("Hard", call[3].GetProperty("type").GetString());
        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("Answered", body.GetProperty("outcome").GetString());
        Assert.Equal("Accepted", body.GetProperty("response").GetProperty("status").GetString());
        var records = await _host.GetJsonAsync("/api/charge-points/CP-1/commands");
        var record = Assert.Single(records.EnumerateArray());
        Assert.Equal("Reset", record.GetProperty("action").GetString());
        Assert.Equal("api-key:config", record.GetProperty("requestedBy").GetString());
        Assert.Equal("Answered", record.GetProperty("outcome").GetString());
        Assert.Equal("Hard", record.GetProperty("request").GetProperty("type").GetString());
        Assert.Equal("Accepted", record.GetProperty("response").GetProperty("status").GetString());
        await using var db = _host.Factory.CreateDbContext();
        var audit = Assert.Single(db.AuditEntries.Where(e => e.Action == "command.Reset"));
        Assert.Equal(("api-key:config", "CP-1", true), (audit.Actor, audit.Target, audit.Succeeded));
        Assert.Contains("Accepted", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ChargerAnswersCallError_Returns502WithCodeAndDescription()
    {
        await using var cp = await ConnectAsync();

        var sending = SendAsync("CP-1", "UnlockConnector", new { connectorId = 1 });
        var call = await cp.ReceiveAsync();
        await cp.SendFrameAsync($$"""[4,"{{call[1].GetString()}}","NotSupported","No unlocking here",{}]""");
        using var response = await sending;

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Contains("NotSupported", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("No unlocking here", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("NotSupported", problem.GetProperty("errorCode").GetString());
        Assert.Equal("No unlocking here", problem.GetProperty("errorDescription").GetString());
    }

    [Fact]
    public async Task Send_ChargerNeverAnswers_Returns504()
    {
        await using var cp = await ConnectAsync();

        var sending = SendAsync("CP-1", "ClearCache", new { });
        var call = await cp.ReceiveAsync();
        using var response = await sending;

        Assert.Equal("ClearCache", call[2].GetString());
        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.GatewayTimeout);
        Assert.Equal("Timeout", problem.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task List_NewestFirst_ReturnsRecordedCommands()
    {
        (await SendAsync("CP-1", "Reset", new { type = "Soft" })).Dispose();
        (await SendAsync("CP-1", "ClearCache", new { })).Dispose();

        var records = await _host.GetJsonAsync("/api/charge-points/CP-1/commands");

        Assert.Equal(["ClearCache", "Reset"], records.EnumerateArray().Select(r => r.GetProperty("action").GetString()));
        Assert.All(records.EnumerateArray(), r => Assert.Equal("Offline", r.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task List_UnknownChargePoint_Returns404()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/charge-points/NOPE/commands", UriKind.Relative));

        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> SendAsync(string chargePointId, string action, object payload) =>
        _host.Client.PostAsJsonAsync(new Uri($"/api/charge-points/{chargePointId}/commands/{action}", UriKind.Relative), payload);

    /// <summary>Connected, and registered: a CALL answered means the connection's read loop runs.</summary>
    private async Task<OcppTestClient> ConnectAsync()
    {
        var cp = await OcppTestClient.ConnectAsync(_host.Factory, "CP-1");
        await cp.CallAsync("Heartbeat", new { });
        return cp;
    }
}
