using System.Net;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Api;

/// <summary>Security profiles, generated keys, approval and the audit entries of /api/charge-points.</summary>
public sealed class ChargePointSecurityEndpointsTests : IAsyncLifetime
{
    private const string Key = "charger-key-0123456789";
    private readonly ApiTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(null, 1)]
    [InlineData(2, 2)]
    public async Task Create_WithKey_ProfileDefaultsTo1OrAsGiven(int? profile, int expected)
    {
        using var response = await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", key = Key, securityProfile = profile });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal(expected, body.GetProperty("securityProfile").GetInt32());
        Assert.Equal("Approved", body.GetProperty("approval").GetString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Create_ProfileNeedingKeyWithoutKey_Returns400AndStoresNothing(int profile)
    {
        using var response = await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", securityProfile = profile });

        await ApiAssert.ValidationProblemAsync(response, "key");
        Assert.Equal(0, await _host.ReadAsync(db => db.ChargePoints.CountAsync()));
    }

    [Fact]
    public async Task Create_UnknownProfile_Returns400()
    {
        using var response = await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", key = Key, securityProfile = 3 });

        await ApiAssert.ValidationProblemAsync(response, "securityProfile");
    }

    [Fact]
    public async Task Update_ProfileWithoutKey_Returns400AndKeepsProfile0()
    {
        (await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1" })).Dispose();

        using var response = await _host.PutJsonAsync("/api/charge-points/CP-1", new { securityProfile = 2 });

        await ApiAssert.ValidationProblemAsync(response, "securityProfile");
        Assert.Equal(SecurityProfile.None, await _host.ReadAsync(db => db.ChargePoints.Select(c => c.SecurityProfile).SingleAsync()));
    }

    [Fact]
    public async Task Update_ClearKey_SetsProfile0()
    {
        (await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", key = Key, securityProfile = 2 })).Dispose();

        using var response = await _host.PutJsonAsync("/api/charge-points/CP-1", new { clearKey = true });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal((0, false), (body.GetProperty("securityProfile").GetInt32(), body.GetProperty("hasKey").GetBoolean()));
    }

    [Fact]
    public async Task NewKey_OfflineChargePoint_Returns40HexKeyOnceStoredOnlyAsHash()
    {
        (await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1" })).Dispose();

        using var response = await _host.PostJsonAsync("/api/charge-points/CP-1/key", new { });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.OK);
        var key = body.GetProperty("key").GetString()!;
        Assert.Equal("Set", body.GetProperty("status").GetString());
        Assert.Matches("^[0-9A-F]{40}$", key);
        var stored = await _host.ReadAsync(db => db.ChargePoints.SingleAsync());
        Assert.True(ChargePointKeyHasher.Verify(stored.KeyHash!, Convert.FromHexString(key)));
        var audit = await _host.ReadAsync(db => db.AuditEntries.Select(e => e.Action + " " + e.Details).ToListAsync());
        Assert.DoesNotContain(audit, a => a.Contains(key, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task NewKey_Missing_Returns404()
    {
        using var response = await _host.PostJsonAsync("/api/charge-points/NOPE/key", new { });

        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("approve", ChargePointApproval.Approved)]
    [InlineData("reject", ChargePointApproval.Rejected)]
    public async Task Decide_PendingChargePoint_StoresDecisionAndAuditsIt(string verb, ChargePointApproval expected)
    {
        await _host.WriteAsync(db => db.ChargePoints.Add(new ChargePoint("CP-1", null, ApiTestData.T0, registeredOnFirstConnect: true, ChargePointApproval.Pending)));

        using var response = await _host.PostJsonAsync($"/api/charge-points/CP-1/{verb}", new { });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(expected.ToString(), body.GetProperty("approval").GetString());
        var entry = await _host.ReadAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(($"chargepoint.{verb}", "CP-1", "api-key:config"), (entry.Action, entry.Target, entry.Actor));
    }

    [Fact]
    public async Task CreateUpdateDelete_EachAuditedWithoutTheKey()
    {
        (await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1", key = Key })).Dispose();
        (await _host.PutJsonAsync("/api/charge-points/CP-1", new { name = "Bay 2" })).Dispose();
        (await _host.Client.DeleteAsync(new Uri("/api/charge-points/CP-1", UriKind.Relative))).Dispose();

        var entries = await _host.ReadAsync(db => db.AuditEntries.OrderBy(e => e.Id).ToListAsync());

        Assert.Equal(["chargepoint.create", "chargepoint.update", "chargepoint.delete"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("CP-1", true), (e.Target, e.Succeeded)));
        Assert.All(entries, e => Assert.DoesNotContain(Key, e.Details ?? string.Empty, StringComparison.Ordinal));
        Assert.Contains("key set", entries[0].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WithSessions_RefusalAuditedAsFailed()
    {
        await _host.WriteAsync(db => db.AddRange(ApiTestData.ChargePoint("CP-1"), ApiTestData.Session("CP-1", 1, "TAG1", ApiTestData.T0)));

        using var response = await _host.Client.DeleteAsync(new Uri("/api/charge-points/CP-1", UriKind.Relative));

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        var entry = await _host.ReadAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("chargepoint.delete", false), (entry.Action, entry.Succeeded));
        Assert.Contains("sessions", entry.Details, StringComparison.Ordinal);
    }
}
