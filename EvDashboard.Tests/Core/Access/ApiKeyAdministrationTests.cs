using System.Net;
using System.Text;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Access;

public sealed class ApiKeyAdministrationTests : IAsyncLifetime
{
    private static readonly Actor Admin = new("admin@example.com");

    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private ApiKeyAdministration Keys => _factory.Services.GetRequiredService<ApiKeyAdministration>();

    [Fact]
    public async Task CreateAsync_SiteStaffKey_ReadsTheApiButCannotWrite()
    {
        var issued = await Keys.CreateAsync("dashboard tv", OperatorRoles.SiteStaff, expiresAt: null, Admin, CancellationToken.None);
        using var client = ClientWith(issued.Secret);

        using var read = await client.GetAsync(new Uri("/api/charge-points", UriKind.Relative));
        using var write = await client.PostAsync(
            new Uri("/api/charge-points", UriKind.Relative), new StringContent("""{"id":"CP-9"}""", Encoding.UTF8, "application/json"));

        Assert.StartsWith(ApiKey.Prefix, issued.Secret, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task CreateAsync_StoresOnlyTheDigestAndAuditsInTheSameUnit()
    {
        var issued = await Keys.CreateAsync("billing", OperatorRoles.Manager, DateTimeOffset.UtcNow.AddDays(30), Admin, CancellationToken.None);

        await using var db = _factory.CreateDbContext();
        var stored = await db.ApiKeys.SingleAsync();
        Assert.Equal(SecretToken.Hash(issued.Secret), stored.Hash);
        Assert.DoesNotContain(issued.Secret, stored.Hint, StringComparison.Ordinal);
        Assert.Equal(Admin.Name, stored.CreatedBy);
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "apikey.create");
        Assert.Equal((Admin.Name, "billing", "Succeeded"), (entry.Actor, entry.Target, entry.Result));
        Assert.StartsWith("Role Manager, expires ", entry.Details, StringComparison.Ordinal);
        var row = Assert.Single(await Keys.ListAsync(CancellationToken.None));
        Assert.Equal(("billing", OperatorRoles.Manager, stored.Hint), (row.Name, row.Role, row.Hint));
    }

    [Fact]
    public async Task RevokeAsync_KeyUsedJustBefore_401AtOnceAndAuditedOnce()
    {
        var issued = await Keys.CreateAsync("script", OperatorRoles.Operator, expiresAt: null, Admin, CancellationToken.None);
        using var client = ClientWith(issued.Secret);
        using (var before = await client.GetAsync(new Uri("/api/charge-points", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        Assert.True(await Keys.RevokeAsync(issued.Id, Admin, CancellationToken.None));
        Assert.True(await Keys.RevokeAsync(issued.Id, Admin, CancellationToken.None));
        using var after = await client.GetAsync(new Uri("/api/charge-points", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        await using var db = _factory.CreateDbContext();
        Assert.Equal("script", (await db.AuditEntries.SingleAsync(e => e.Action == "apikey.revoke")).Target);
        Assert.NotNull(Assert.Single(await Keys.ListAsync(CancellationToken.None)).RevokedAt);
    }

    [Fact]
    public async Task RevokeAsync_UnknownId_FalseAndNoAudit()
    {
        Assert.False(await Keys.RevokeAsync(4711, Admin, CancellationToken.None));

        await using var db = _factory.CreateDbContext();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == "apikey.revoke"));
    }

    [Theory]
    [InlineData("", OperatorRoles.Admin)]
    [InlineData("name", "Superuser")]
    public async Task CreateAsync_InvalidInput_ThrowsAndStoresNothing(string name, string role)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Keys.CreateAsync(name, role, null, Admin, CancellationToken.None));

        await using var db = _factory.CreateDbContext();
        Assert.False(await db.ApiKeys.AnyAsync());
    }

    private HttpClient ClientWith(string secret)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        return client;
    }
}
