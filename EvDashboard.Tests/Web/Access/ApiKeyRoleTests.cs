using System.Net;
using System.Net.Http.Json;
using EvDashboard.Core.Access;
using EvDashboard.Core.Access.Queries;
using EvDashboard.Core.Audit;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Access;

/// <summary>API keys created in the dashboard carry one role, and the API applies the same matrix as the pages.</summary>
public sealed class ApiKeyRoleTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(OperatorRoles.Admin, HttpStatusCode.Created)]
    [InlineData(OperatorRoles.Operator, HttpStatusCode.Created)]
    [InlineData(OperatorRoles.Manager, HttpStatusCode.Forbidden)]
    [InlineData(OperatorRoles.SiteStaff, HttpStatusCode.Forbidden)]
    public async Task Api_KeyRole_ReadsAlwaysWritesOnlyWithOperate(string role, HttpStatusCode expectedWrite)
    {
        using var client = ClientWith(await AddKeyAsync(role, expiresAt: null));

        using var read = await client.GetAsync("/api/charge-points");
        using var write = await client.PostAsJsonAsync("/api/id-tags", new { idTag = $"T-{role}" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(expectedWrite, write.StatusCode);
    }

    [Theory]
    [InlineData(OperatorRoles.Admin, HttpStatusCode.OK)]
    [InlineData(OperatorRoles.Operator, HttpStatusCode.Forbidden)]
    public async Task Api_ChargePointKeys_OnlyAdmin(string role, HttpStatusCode expected)
    {
        using var client = ClientWith(await AddKeyAsync(role, expiresAt: null));
        (await client.PostAsJsonAsync("/api/charge-points", new { id = $"CP-{role}" })).EnsureSuccessStatusCode();

        using var newKey = await client.PostAsync($"/api/charge-points/CP-{role}/key", null);
        using var setKey = await client.PutAsJsonAsync($"/api/charge-points/CP-{role}", new { key = "0123456789abcdef0123" });
        using var rename = await client.PutAsJsonAsync($"/api/charge-points/CP-{role}", new { name = "Renamed" });

        Assert.Equal(expected, newKey.StatusCode);
        Assert.Equal(expected, setKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
    }

    [Fact]
    public async Task Api_RevokedKey_Is401()
    {
        var secret = await AddKeyAsync(OperatorRoles.Admin, expiresAt: null);
        await using (var db = _factory.CreateDbContext())
        {
            db.ApiKeys.Single().Revoke(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        _factory.Services.GetRequiredService<AccessTokenLookup>().Invalidate();
        using var response = await ClientWith(secret).GetAsync("/api/charge-points");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_ExpiredKey_Is401()
    {
        var secret = await AddKeyAsync(OperatorRoles.Admin, expiresAt: DateTimeOffset.UtcNow.AddSeconds(-1));

        using var response = await ClientWith(secret).GetAsync("/api/charge-points");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Hub_SiteStaffKey_MayWatch()
    {
        using var client = ClientWith(await AddKeyAsync(OperatorRoles.SiteStaff, expiresAt: null));

        using var negotiate = await client.PostAsync("/hubs/live/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
    }

    private HttpClient ClientWith(string secret)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        return client;
    }

    private async Task<string> AddKeyAsync(string role, DateTimeOffset? expiresAt)
    {
        var secret = SecretToken.Create(ApiKey.Prefix);
        await using var db = _factory.CreateDbContext();
        db.ApiKeys.Add(new ApiKey($"{role} key", role, secret, DateTimeOffset.UtcNow, expiresAt, new Actor("admin@example.com")));
        await db.SaveChangesAsync();
        return secret;
    }
}
