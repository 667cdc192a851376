using System.Globalization;
using System.Net;
using System.Text.Json;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;

namespace EvDashboard.Tests.Web.Api;

/// <summary>GET /api/sessions (filters, paging, newest first) and GET /api/sessions/{transactionId} (timeline).</summary>
public sealed class SessionEndpointsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = ApiTestData.T0;
    private readonly ApiTestHost _host = new();
    private ChargingSession _completed = null!;
    private ChargingSession _active = null!;
    private ChargingSession _interrupted = null!;

    public async Task InitializeAsync()
    {
        _completed = ApiTestData.Session("CP-1", 1, "TAG-A", T0, meterStartWh: 1_000);
        _completed.Stop(new SessionStop(T0.AddHours(1), 11_000, "Local", "TAG-A", T0.AddHours(1)));
        _active = ApiTestData.Session("CP-1", 2, "TAG-B", T0.AddHours(2));
        _interrupted = ApiTestData.Session("CP-2", 1, "TAG-C", T0.AddHours(3));
        _interrupted.Interrupt(T0.AddHours(4), "Reboot");
        await _host.WriteAsync(db => db.AddRange(ApiTestData.ChargePoint("CP-1"), ApiTestData.ChargePoint("CP-2"), _completed, _active, _interrupted));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task List_NoFilter_ReturnsAllNewestFirstWithLedgerFields()
    {
        var list = await _host.GetJsonAsync("/api/sessions");

        Assert.Equal([_interrupted.TransactionId, _active.TransactionId, _completed.TransactionId], Ids(list));
        var completed = list[2];
        Assert.Equal("CP-1", completed.GetProperty("chargePointId").GetString());
        Assert.Equal(1, completed.GetProperty("connectorId").GetInt32());
        Assert.Equal("TAG-A", completed.GetProperty("idTag").GetString());
        Assert.Equal(T0, completed.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(T0.AddHours(1), completed.GetProperty("endedAt").GetDateTimeOffset());
        Assert.Equal(1_000, completed.GetProperty("meterStartWh").GetInt64());
        Assert.Equal(11_000, completed.GetProperty("meterStopWh").GetInt64());
        Assert.Equal(10_000, completed.GetProperty("energyWh").GetInt64());
        Assert.Equal("Local", completed.GetProperty("stopReason").GetString());
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        Assert.Equal(0, completed.GetProperty("warnings").GetArrayLength());
        Assert.EndsWith("+00:00", completed.GetProperty("startedAt").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, list[1].GetProperty("endedAt").ValueKind);
    }

    [Theory]
    [InlineData("chargePointId=CP-1", new[] { 1, 0 })]
    [InlineData("chargePointId=CP-2", new[] { 2 })]
    [InlineData("chargePointId=CP-9", new int[0])]
    [InlineData("status=completed", new[] { 0 })]
    [InlineData("status=ACTIVE", new[] { 1 })]
    [InlineData("status=interrupted", new[] { 2 })]
    [InlineData("chargePointId=CP-1&status=active", new[] { 1 })]
    [InlineData("limit=1", new[] { 2 })]
    [InlineData("limit=1&offset=1", new[] { 1 })]
    [InlineData("offset=3", new int[0])]
    public async Task List_Filter_ReturnsMatchingSessions(string query, int[] expected)
    {
        var list = await _host.GetJsonAsync($"/api/sessions?{query}");

        Assert.Equal(expected.Select(IdOf), Ids(list));
    }

    [Fact]
    public async Task List_FromAndTo_FilterOnStartTimeInclusive()
    {
        var from = await _host.GetJsonAsync($"/api/sessions?from={Query(T0.AddHours(2))}");
        var to = await _host.GetJsonAsync($"/api/sessions?to={Query(T0.AddHours(2))}");
        var both = await _host.GetJsonAsync($"/api/sessions?from={Query(T0.AddMinutes(1))}&to={Query(T0.AddHours(2))}");

        Assert.Equal([_interrupted.TransactionId, _active.TransactionId], Ids(from));
        Assert.Equal([_active.TransactionId, _completed.TransactionId], Ids(to));
        Assert.Equal([_active.TransactionId], Ids(both));
    }

    [Theory]
    [InlineData("status=stopped", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "to")]
    public async Task List_BadParameter_Returns400NamingIt(string query, string field)
    {
        using var response = await _host.Client.GetAsync(new Uri($"/api/sessions?{query}", UriKind.Relative));

        await ApiAssert.ValidationProblemAsync(response, field);
    }

    [Theory]
    [InlineData("from=yesterday")]
    [InlineData("limit=many")]
    public async Task List_UnparsableParameter_Returns400Problem(string query)
    {
        using var response = await _host.Client.GetAsync(new Uri($"/api/sessions?{query}", UriKind.Relative));

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("ISO-8601", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Missing_Returns404()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/sessions/999999", UriKind.Relative));

        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_Completed_ReturnsItsSamplesAndItsConnectorsStatusesWhileItRan()
    {
        var tx = _completed.TransactionId;
        await _host.WriteAsync(db => db.AddRange(
            ApiTestData.EnergySample("CP-1", 1, tx, T0.AddMinutes(20), "6.25"),
            ApiTestData.EnergySample("CP-1", 1, tx, T0.AddMinutes(10), "3.5"),
            ApiTestData.EnergySample("CP-1", 2, _active.TransactionId, T0.AddHours(2).AddMinutes(1), "1.2"),
            ApiTestData.StatusChange("CP-1", 1, ConnectorStatus.Preparing, T0.AddMinutes(-1)),
            ApiTestData.StatusChange("CP-1", 1, ConnectorStatus.SuspendedEV, T0.AddMinutes(59)),
            ApiTestData.StatusChange("CP-1", 1, ConnectorStatus.Charging, T0.AddMinutes(1)),
            ApiTestData.StatusChange("CP-1", 2, ConnectorStatus.Charging, T0.AddMinutes(30)),
            ApiTestData.StatusChange("CP-1", 1, ConnectorStatus.Available, T0.AddHours(2))));

        var detail = await _host.GetJsonAsync($"/api/sessions/{tx}");

        Assert.Equal(tx, detail.GetProperty("transactionId").GetInt32());
        Assert.Equal(10_000, detail.GetProperty("energyWh").GetInt64());
        var samples = detail.GetProperty("meterSamples");
        Assert.Equal(["3.5", "6.25"], samples.EnumerateArray().Select(s => s.GetProperty("value").GetString()));
        Assert.Equal([3_500L, 6_250L], samples.EnumerateArray().Select(s => s.GetProperty("wh").GetInt64()));
        var first = samples[0];
        Assert.Equal(T0.AddMinutes(10), first.GetProperty("timestamp").GetDateTimeOffset());
        Assert.Equal("Energy.Active.Import.Register", first.GetProperty("measurand").GetString());
        Assert.Equal("kWh", first.GetProperty("unit").GetString());
        Assert.Equal("Outlet", first.GetProperty("location").GetString());
        Assert.Equal("Sample.Periodic", first.GetProperty("context").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("phase").ValueKind);
        var history = detail.GetProperty("statusHistory");
        Assert.Equal(["Charging", "SuspendedEV"], history.EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(T0.AddMinutes(1), history[0].GetProperty("timestamp").GetDateTimeOffset());
    }

    private int IdOf(int index) => new[] { _completed, _active, _interrupted }[index].TransactionId;

    private static IEnumerable<int> Ids(JsonElement list) => list.EnumerateArray().Select(s => s.GetProperty("transactionId").GetInt32());

    private static string Query(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture));
}
