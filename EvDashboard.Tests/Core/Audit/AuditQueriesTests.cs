using EvDashboard.Core.Audit;
using EvDashboard.Core.Audit.Queries;
using EvDashboard.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Audit;

public sealed class AuditQueriesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly EvDashboardFactory _factory = new();

    public async Task InitializeAsync() => await AddAsync(
        new AuditEntry(T0, new Actor("ana@example.com"), "user.invite", "bo@example.com", AuditResult.Succeeded, "Roles: Operator.", null),
        new AuditEntry(T0.AddHours(1), new Actor("ana@example.com"), "user.disable", "bo@example.com", AuditResult.Succeeded, null, null),
        new AuditEntry(T0.AddDays(1), new Actor("=cmd|x"), "login.failed", "=cmd|x", AuditResult.Failed, "invalid", "10.0.0.1"),
        new AuditEntry(T0.AddDays(2), new Actor("api-key:bill_ing"), "apikey.create", "50%_off", AuditResult.Succeeded, null, null),
        new AuditEntry(T0.AddDays(2), new Actor("api-key:billXing"), "apikey.revoke", "50X off", AuditResult.Denied, null, null));

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private AuditQueries Queries => _factory.Services.GetRequiredService<AuditQueries>();

    [Fact]
    public async Task PageAsync_NoFilter_NewestFirstThenByIdForTheSameInstant()
    {
        var rows = await Queries.PageAsync(new AuditFilter(), 0, 50, CancellationToken.None);

        Assert.Equal(["apikey.revoke", "apikey.create", "login.failed", "user.disable", "user.invite"], rows.Select(r => r.Action));
    }

    [Theory]
    [InlineData(null, null, "ANA", null, null, null, 2)]
    [InlineData(null, null, null, "user.", null, null, 2)]
    [InlineData(null, null, null, "USER.DIS", null, null, 1)]
    [InlineData(null, null, null, "disable", null, null, 0)]
    [InlineData(null, null, null, null, "50%_", null, 1)]
    [InlineData(null, null, "bill_", null, null, null, 1)]
    [InlineData(null, null, null, null, null, AuditResult.Failed, 1)]
    [InlineData(1, 2, null, null, null, null, 1)]
    [InlineData(1, 3, null, null, null, null, 3)]
    [InlineData(0, 1, "ana", null, "bo@", AuditResult.Succeeded, 2)]
    public async Task CountAsync_Filters_CaseInsensitiveLiteralMatches(
        int? fromDay, int? untilDay, string? actor, string? action, string? target, AuditResult? result, int expected)
    {
        var filter = new AuditFilter
        {
            From = fromDay is { } f ? T0.AddDays(f).AddMinutes(-1) : null,
            Until = untilDay is { } u ? T0.AddDays(u).AddMinutes(-1) : null,
            Actor = actor,
            ActionPrefix = action,
            Target = target,
            Result = result,
        };

        var count = await Queries.CountAsync(filter, CancellationToken.None);
        var streamed = 0;
        await foreach (var _ in Queries.StreamAsync(filter, CancellationToken.None))
        {
            streamed++;
        }

        Assert.Equal(expected, count);
        Assert.Equal(expected, streamed);
    }

    [Fact]
    public async Task PageAsync_SkipAndTake_PagesThroughTheFilteredSet()
    {
        var first = await Queries.PageAsync(new AuditFilter(), 0, 2, CancellationToken.None);
        var second = await Queries.PageAsync(new AuditFilter(), 2, 2, CancellationToken.None);
        var last = await Queries.PageAsync(new AuditFilter(), 4, 2, CancellationToken.None);

        Assert.Equal(2, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Equal("user.invite", Assert.Single(last).Action);
        Assert.Empty(first.Select(r => r.Id).Intersect(second.Select(r => r.Id)));
    }

    private Task AddAsync(params AuditEntry[] entries) =>
        _factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            (scope, _) =>
            {
                foreach (var entry in entries)
                {
                    AuditTrail.Append(scope, entry);
                }

                return Task.CompletedTask;
            },
            CancellationToken.None);
}
