using System.Net;
using EvDashboard.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Api;

/// <summary>POST/GET/PUT /api/id-tags: OCPP 1.6 IdToken is a CiString20, so uniqueness and lookups ignore case.</summary>
public sealed class IdTagEndpointsTests : IAsyncLifetime
{
    private readonly ApiTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Create_OnlyIdTag_Returns201AcceptedWithoutLimits()
    {
        using var response = await _host.PostJsonAsync("/api/id-tags", new { idTag = "RFID-0001" });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("/api/id-tags/RFID-0001", response.Headers.Location?.AbsolutePath);
        Assert.Equal("RFID-0001", body.GetProperty("idTag").GetString());
        Assert.Equal("Accepted", body.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("expiresAt").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("maxConcurrentSessions").ValueKind);
    }

    [Fact]
    public async Task Create_AllFields_StoresThem()
    {
        var expires = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

        using var response = await _host.PostJsonAsync(
            "/api/id-tags", new { idTag = "APP-42", status = "Blocked", expiresAt = expires, parentIdTag = "FLEET-A", maxConcurrentSessions = 2 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await _host.ReadAsync(db => db.IdTags.SingleAsync());
        Assert.Equal(("APP-42", IdTagStatus.Blocked, expires, "FLEET-A", 2), (stored.Value, stored.Status, stored.ExpiresAt!.Value, stored.ParentIdTag, stored.MaxConcurrentSessions!.Value));
    }

    [Fact]
    public async Task Create_SameTagInOtherCase_Returns409AndKeepsTheFirst()
    {
        (await _host.PostJsonAsync("/api/id-tags", new { idTag = "abc123" })).Dispose();

        using var response = await _host.PostJsonAsync("/api/id-tags", new { idTag = "ABC123", status = "Blocked" });

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        var stored = await _host.ReadAsync(db => db.IdTags.SingleAsync());
        Assert.Equal(("abc123", IdTagStatus.Accepted), (stored.Value, stored.Status));
    }

    [Theory]
    [InlineData("Unknown")]
    [InlineData("1")]
    [InlineData("ConcurrentTx")]
    public async Task Create_BadStatus_Returns400AndStoresNothing(string status)
    {
        using var response = await _host.PostJsonAsync("/api/id-tags", new { idTag = "RFID-1", status });

        var message = await ApiAssert.ValidationProblemAsync(response, "status");
        Assert.Contains("Accepted, Blocked, Expired, Invalid", message, StringComparison.Ordinal);
        Assert.Equal(0, await _host.ReadAsync(db => db.IdTags.CountAsync()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456789012345678901")]
    [InlineData("tab\tinside")]
    public async Task Create_BadIdTag_Returns400AndStoresNothing(string idTag)
    {
        using var response = await _host.PostJsonAsync("/api/id-tags", new { idTag });

        await ApiAssert.ValidationProblemAsync(response, "idTag");
        Assert.Equal(0, await _host.ReadAsync(db => db.IdTags.CountAsync()));
    }

    [Fact]
    public async Task Create_ZeroConcurrentSessionsAndBadParent_Returns400NamingBoth()
    {
        using var response = await _host.PostJsonAsync("/api/id-tags", new { idTag = "RFID-1", maxConcurrentSessions = 0, parentIdTag = new string('P', 21) });

        await ApiAssert.ValidationProblemAsync(response, "maxConcurrentSessions");
        await ApiAssert.ValidationProblemAsync(response, "parentIdTag");
        Assert.Equal(0, await _host.ReadAsync(db => db.IdTags.CountAsync()));
    }

    [Fact]
    public async Task Update_InOtherCase_ReplacesTheSettings()
    {
        (await _host.PostJsonAsync("/api/id-tags", new { idTag = "RFID-A", parentIdTag = "FLEET", maxConcurrentSessions = 3 })).Dispose();

        using var response = await _host.PutJsonAsync("/api/id-tags/rfid-a", new { status = "expired" });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("RFID-A", body.GetProperty("idTag").GetString());
        Assert.Equal("Expired", body.GetProperty("status").GetString());
        var stored = await _host.ReadAsync(db => db.IdTags.SingleAsync());
        Assert.Equal((IdTagStatus.Expired, null, null), (stored.Status, stored.ParentIdTag, stored.MaxConcurrentSessions));
    }

    [Fact]
    public async Task Update_BadStatus_Returns400AndChangesNothing()
    {
        (await _host.PostJsonAsync("/api/id-tags", new { idTag = "RFID-A", maxConcurrentSessions = 3 })).Dispose();

        using var response = await _host.PutJsonAsync("/api/id-tags/RFID-A", new { status = "Gone", maxConcurrentSessions = 1 });

        await ApiAssert.ValidationProblemAsync(response, "status");
        var stored = await _host.ReadAsync(db => db.IdTags.SingleAsync());
        Assert.Equal((IdTagStatus.Accepted, 3), (stored.Status, stored.MaxConcurrentSessions!.Value));
    }

    [Fact]
    public async Task Update_Missing_Returns404()
    {
        using var response = await _host.PutJsonAsync("/api/id-tags/NOPE", new { status = "Blocked" });

        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(0, await _host.ReadAsync(db => db.IdTags.CountAsync()));
    }

    [Fact]
    public async Task Get_InOtherCase_ReturnsTheTag()
    {
        (await _host.PostJsonAsync("/api/id-tags", new { idTag = "Card-77", status = "Blocked" })).Dispose();

        var body = await _host.GetJsonAsync("/api/id-tags/CARD-77");

        Assert.Equal("Card-77", body.GetProperty("idTag").GetString());
        Assert.Equal("Blocked", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Get_Missing_Returns404()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/id-tags/NOPE", UriKind.Relative));

        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_SeveralTags_ReturnsAllOrderedByValue()
    {
        foreach (var tag in new[] { "C-3", "A-1", "B-2" })
        {
            (await _host.PostJsonAsync("/api/id-tags", new { idTag = tag })).Dispose();
        }

        var list = await _host.GetJsonAsync("/api/id-tags");

        Assert.Equal(["A-1", "B-2", "C-3"], list.EnumerateArray().Select(t => t.GetProperty("idTag").GetString()));
    }
}
