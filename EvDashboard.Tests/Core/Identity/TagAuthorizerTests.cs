using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Identity;

/// <summary>Decisions on idTags against a migrated in-memory SQLite database (its NOCASE collations included).</summary>
public sealed class TagAuthorizerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private int _connectorId;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        db.ChargePoints.Add(new ChargePoint("CP-1", null, Now, registeredOnFirstConnect: false));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task DecideAsync_UnknownTag_InvalidAndUnknown()
    {
        await using var db = CreateContext();

        var decision = await TagAuthorizer.DecideAsync(db, "NOBODY", Now, null, CancellationToken.None);

        Assert.Equal(AuthorizationDecision.Unknown, decision);
        Assert.Equal(AuthorizationOutcome.Invalid, decision.Outcome);
        Assert.False(decision.IsKnownTag);
    }

    [Theory]
    [InlineData(IdTagStatus.Accepted, null, null, 0, AuthorizationOutcome.Accepted)]
    [InlineData(IdTagStatus.Blocked, null, null, 0, AuthorizationOutcome.Blocked)]
    [InlineData(IdTagStatus.Invalid, null, null, 0, AuthorizationOutcome.Invalid)]
    [InlineData(IdTagStatus.Expired, null, null, 0, AuthorizationOutcome.Expired)]
    [InlineData(IdTagStatus.Expired, 60, null, 0, AuthorizationOutcome.Expired)]
    [InlineData(IdTagStatus.Accepted, 0, null, 0, AuthorizationOutcome.Expired)] // expires exactly now
    [InlineData(IdTagStatus.Accepted, -60, null, 0, AuthorizationOutcome.Expired)]
    [InlineData(IdTagStatus.Accepted, 1, null, 0, AuthorizationOutcome.Accepted)]
    [InlineData(IdTagStatus.Accepted, null, null, 5, AuthorizationOutcome.Accepted)]
    [InlineData(IdTagStatus.Accepted, null, 1, 0, AuthorizationOutcome.Accepted)]
    [InlineData(IdTagStatus.Accepted, null, 1, 1, AuthorizationOutcome.ConcurrentTx)]
    [InlineData(IdTagStatus.Accepted, null, 2, 1, AuthorizationOutcome.Accepted)]
    [InlineData(IdTagStatus.Accepted, null, 2, 2, AuthorizationOutcome.ConcurrentTx)]
    [InlineData(IdTagStatus.Accepted, 60, 2, 3, AuthorizationOutcome.ConcurrentTx)]
    [InlineData(IdTagStatus.Blocked, null, 1, 1, AuthorizationOutcome.Blocked)]
    [InlineData(IdTagStatus.Accepted, -1, 1, 1, AuthorizationOutcome.Expired)]
    public async Task DecideAsync_KnownTag_OutcomeFromStatusExpiryAndRunningSessions(
        IdTagStatus status, int? expiresInSeconds, int? maxConcurrentSessions, int activeSessions, AuthorizationOutcome expected)
    {
        DateTimeOffset? expiresAt = expiresInSeconds is { } s ? Now.AddSeconds(s) : null;
        await AddTagAsync("TAG1", status, expiresAt, "PARENT", maxConcurrentSessions);
        for (var i = 0; i < activeSessions; i++)
        {
            await AddSessionAsync("TAG1");
        }

        await using var db = CreateContext();
        var decision = await TagAuthorizer.DecideAsync(db, "TAG1", Now, null, CancellationToken.None);

        Assert.Equal(expected, decision.Outcome);
        Assert.Equal((expiresAt, "PARENT", true), (decision.ExpiresAt, decision.ParentIdTag, decision.IsKnownTag));
    }

    [Theory]
    [InlineData(SessionStatus.Interrupted)]
    [InlineData(SessionStatus.Completed)]
    public async Task DecideAsync_OnlyEndedSessions_NotCountedAgainstLimit(SessionStatus status)
    {
        await AddTagAsync("TAG1", IdTagStatus.Accepted, null, null, maxConcurrentSessions: 1);
        await AddSessionAsync("TAG1", status);

        await using var db = CreateContext();
        var decision = await TagAuthorizer.DecideAsync(db, "TAG1", Now, null, CancellationToken.None);

        Assert.Equal(AuthorizationOutcome.Accepted, decision.Outcome);
    }

    [Fact]
    public async Task DecideAsync_OtherTagsSessions_NotCountedAgainstLimit()
    {
        await AddTagAsync("TAG1", IdTagStatus.Accepted, null, null, maxConcurrentSessions: 1);
        await AddSessionAsync("TAG2");

        await using var db = CreateContext();
        var decision = await TagAuthorizer.DecideAsync(db, "TAG1", Now, null, CancellationToken.None);

        Assert.Equal(AuthorizationOutcome.Accepted, decision.Outcome);
    }

    [Theory]
    [InlineData(1, true, AuthorizationOutcome.Accepted)]
    [InlineData(1, false, AuthorizationOutcome.ConcurrentTx)]
    [InlineData(2, true, AuthorizationOutcome.ConcurrentTx)]
    public async Task DecideAsync_ExcludedTransaction_NotCountedAgainstLimit(int activeSessions, bool excludeOne, AuthorizationOutcome expected)
    {
        await AddTagAsync("TAG1", IdTagStatus.Accepted, null, null, maxConcurrentSessions: 1);
        var transactionId = 0;
        for (var i = 0; i < activeSessions; i++)
        {
            transactionId = await AddSessionAsync("TAG1");
        }

        await using var db = CreateContext();
        var decision = await TagAuthorizer.DecideAsync(db, "TAG1", Now, excludeOne ? transactionId : transactionId + 1_000, CancellationToken.None);

        Assert.Equal(expected, decision.Outcome);
    }

    [Theory]
    [InlineData("abc123", "ABC123", "Abc123")]
    [InlineData("ABC123", "abc123", "aBC123")]
    public async Task DecideAsync_DifferentCase_SameTagAndItsSessions(string stored, string presented, string sessionTag)
    {
        // OCPP 1.6 IdToken is a CiString20: case-insensitive.
        await AddTagAsync(stored, IdTagStatus.Accepted, null, null, maxConcurrentSessions: 1);
        await AddSessionAsync(sessionTag);

        await using var db = CreateContext();
        var decision = await TagAuthorizer.DecideAsync(db, presented, Now, null, CancellationToken.None);

        Assert.True(decision.IsKnownTag);
        Assert.Equal(AuthorizationOutcome.ConcurrentTx, decision.Outcome);
    }

    private EvDashboardDbContext CreateContext() => new(new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite(_connection).Options);

    private async Task AddTagAsync(string value, IdTagStatus status, DateTimeOffset? expiresAt, string? parent, int? maxConcurrentSessions)
    {
        var tag = new IdTag(value, Now.AddDays(-30));
        tag.Update(status, expiresAt, parent, maxConcurrentSessions, Now.AddDays(-1));
        await using var db = CreateContext();
        db.IdTags.Add(tag);
        await db.SaveChangesAsync();
    }

    private async Task<int> AddSessionAsync(string idTag, SessionStatus status = SessionStatus.Active)
    {
        var connectorId = ++_connectorId;
        var session = ChargingSession.Start(new SessionStart("CP-1", connectorId, idTag, Now.AddHours(-1), 0, null, AuthorizationOutcome.Accepted, Now.AddHours(-1)));
        if (status == SessionStatus.Interrupted)
        {
            session.Interrupt(Now.AddMinutes(-30), "Reboot");
        }
        else if (status == SessionStatus.Completed)
        {
            session.Stop(new SessionStop(Now.AddMinutes(-30), 1_000, "Local", null, Now.AddMinutes(-30)));
        }

        await using var db = CreateContext();
        db.ChargingSessions.Add(session);
        await db.SaveChangesAsync();
        return session.TransactionId;
    }
}
