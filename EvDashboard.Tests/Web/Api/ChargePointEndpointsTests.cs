using System.Net;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Api;

/// <summary>POST/GET/PUT/DELETE /api/charge-points, asserting the answers and the rows.</summary>
public sealed class ChargePointEndpointsTests : IAsyncLifetime
{
    private const string Key = "charger-key-0123456789";
    private readonly ApiTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Create_WithNameAndKey_Returns201WithLocationAndNeverTheKey()
    {
        using var response = await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", name = "Bay 1", key = Key });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("/api/charge-points/CP-1", response.Headers.Location?.AbsolutePath);
        Assert.Equal("CP-1", body.GetProperty("id").GetString());
        Assert.Equal("Bay 1", body.GetProperty("name").GetString());
        Assert.True(body.GetProperty("hasKey").GetBoolean());
        Assert.False(body.GetProperty("isNew").GetBoolean());
        Assert.False(body.GetProperty("online").GetBoolean());
        Assert.Equal(0, body.GetProperty("connectors").GetArrayLength());
        var text = body.GetRawText();
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain("keyHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hmac", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Create_WithKey_StoresOnlyAHashThatVerifies()
    {
        using var response = await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", key = Key });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await _host.ReadAsync(db => db.ChargePoints.SingleAsync(c => c.Id == "CP-1"));
        Assert.NotNull(stored.KeyHash);
        Assert.DoesNotContain(Key, stored.KeyHash, StringComparison.Ordinal);
        Assert.True(ChargePointKeyHasher.Verify(stored.KeyHash, Key));
    }

    [Fact]
    public async Task Create_ExistingId_Returns409AndKeepsTheFirst()
    {
        (await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", name = "First" })).Dispose();

        using var response = await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", name = "Second", key = Key });

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        var stored = await _host.ReadAsync(db => db.ChargePoints.SingleAsync());
        Assert.Equal("First", stored.Name);
        Assert.Null(stored.KeyHash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a/b")]
    [InlineData("0123456789012345678901234567890123456789012345678")]
    public async Task Create_BadId_Returns400AndStoresNothing(string id)
    {
        using var response = await _host.PostJsonAsync("/api/charge-points", new { id });

        var message = await ApiAssert.ValidationProblemAsync(response, "id");
        Assert.Contains("48", message, StringComparison.Ordinal);
        Assert.Equal(0, await _host.ReadAsync(db => db.ChargePoints.CountAsync()));
    }

    [Fact]
    public async Task Create_MissingId_Returns400()
    {
        using var response = await _host.PostJsonAsync("/api/charge-points", new { name = "No id" });

        await ApiAssert.ValidationProblemAsync(response, "id");
    }

    [Theory]
    [InlineData("short-key")]
    [InlineData("key with spaces 0123456789")]
    [InlineData("01234567890123456789012345678901234567890")]
    public async Task Create_UnacceptableKey_Returns400AndStoresNothing(string key)
    {
        using var response = await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", key });

        var message = await ApiAssert.ValidationProblemAsync(response, "key");
        Assert.Contains("16..40", message, StringComparison.Ordinal);
        Assert.Equal(0, await _host.ReadAsync(db => db.ChargePoints.CountAsync()));
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400ProblemAndStoresNothing()
    {
        using var content = new StringContent("{\"id\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await _host.Client.PostAsync(new Uri("/api/charge-points", UriKind.Relative), content);

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await _host.ReadAsync(db => db.ChargePoints.CountAsync()));
    }

    [Fact]
    public async Task Get_Missing_Returns404Problem()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/charge-points/NOPE", UriKind.Relative));

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("NOPE", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_StoredBootInfoAndConnectors_ReturnsThemOrderedById()
    {
        var cp2 = ApiTestData.ChargePoint("CP-2");
        cp2.RecordBoot(new BootInfo("Acme", "Fast50", "SN-1", "BOX-1", "1.2.3", "8931", "2620", "MeterX", "M-9"), ApiTestData.T0);
        var connector = new Connector("CP-2", 1);
        connector.Apply(new StatusReport(1, ConnectorStatus.Faulted, "GroundFailure", "leak", "Acme", "E42", ApiTestData.T0.AddMinutes(1)));
        await _host.WriteAsync(db => db.AddRange(cp2, ApiTestData.ChargePoint("CP-1"), connector, new Connector("CP-2", 2)));

        var list = await _host.GetJsonAsync("/api/charge-points");

        Assert.Equal(["CP-1", "CP-2"], list.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var second = list[1];
        Assert.Equal("Acme", second.GetProperty("vendor").GetString());
        Assert.Equal("Fast50", second.GetProperty("model").GetString());
        Assert.Equal("SN-1", second.GetProperty("chargePointSerialNumber").GetString());
        Assert.Equal("BOX-1", second.GetProperty("chargeBoxSerialNumber").GetString());
        Assert.Equal("1.2.3", second.GetProperty("firmwareVersion").GetString());
        Assert.Equal("8931", second.GetProperty("iccid").GetString());
        Assert.Equal("2620", second.GetProperty("imsi").GetString());
        Assert.Equal("MeterX", second.GetProperty("meterType").GetString());
        Assert.Equal("M-9", second.GetProperty("meterSerialNumber").GetString());
        Assert.Equal(ApiTestData.T0, second.GetProperty("lastBootAt").GetDateTimeOffset());
        Assert.Equal(ApiTestData.T0, second.GetProperty("lastSeenAt").GetDateTimeOffset());
        var faulted = second.GetProperty("connectors")[0];
        Assert.Equal(1, faulted.GetProperty("connectorId").GetInt32());
        Assert.Equal("Faulted", faulted.GetProperty("status").GetString());
        Assert.Equal("GroundFailure", faulted.GetProperty("errorCode").GetString());
        Assert.Equal("leak", faulted.GetProperty("info").GetString());
        Assert.Equal("E42", faulted.GetProperty("vendorErrorCode").GetString());
        Assert.Equal(ApiTestData.T0.AddMinutes(1), faulted.GetProperty("statusSince").GetDateTimeOffset());
        Assert.Equal("Unavailable", second.GetProperty("connectors")[1].GetProperty("status").GetString());
        Assert.Equal(0, list[0].GetProperty("connectors").GetArrayLength());
    }

    [Fact]
    public async Task Update_NameAndKey_RenamesRotatesKeyAndMarksReviewed()
    {
        await _host.WriteAsync(db => db.ChargePoints.Add(new ChargePoint("CP-1", "Old", ApiTestData.T0, registeredOnFirstConnect: true)));

        using var response = await _host.PutJsonAsync("/api/charge-points/CP-1", new { name = "Bay 7", key = Key });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("Bay 7", body.GetProperty("name").GetString());
        Assert.True(body.GetProperty("hasKey").GetBoolean());
        Assert.False(body.GetProperty("isNew").GetBoolean());
        var stored = await _host.ReadAsync(db => db.ChargePoints.SingleAsync());
        Assert.True(ChargePointKeyHasher.Verify(stored.KeyHash!, Key));
        Assert.False(stored.IsNew);
    }

    [Fact]
    public async Task Update_ClearKeyWithoutName_ClearsKeyAndKeepsName()
    {
        (await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", name = "Bay 1", key = Key })).Dispose();

        using var response = await _host.PutJsonAsync("/api/charge-points/CP-1", new { clearKey = true });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.False(body.GetProperty("hasKey").GetBoolean());
        Assert.Equal("Bay 1", body.GetProperty("name").GetString());
        Assert.Null(await _host.ReadAsync(db => db.ChargePoints.Select(c => c.KeyHash).SingleAsync()));
    }

    [Fact]
    public async Task Update_KeyAndClearKey_Returns400AndKeepsTheKey()
    {
        (await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", key = Key })).Dispose();
        var before = await _host.ReadAsync(db => db.ChargePoints.Select(c => c.KeyHash).SingleAsync());

        using var response = await _host.PutJsonAsync("/api/charge-points/CP-1", new { key = "another-key-0123456789", clearKey = true, name = "X" });

        await ApiAssert.ValidationProblemAsync(response, "clearKey");
        var after = await _host.ReadAsync(db => db.ChargePoints.SingleAsync());
        Assert.Equal(before, after.KeyHash);
        Assert.Null(after.Name);
    }

    [Fact]
    public async Task Update_Missing_Returns404()
    {
        using var response = await _host.PutJsonAsync("/api/charge-points/NOPE", new { name = "X" });

        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}
