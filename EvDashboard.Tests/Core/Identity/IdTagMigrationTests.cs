using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EvDashboard.Tests.Core.Identity;

/// <summary>idTags and authorisation records stored before budgets and the inbox existed survive the migration with sensible values.</summary>
public sealed class IdTagMigrationTests : IAsyncLifetime
{
    private const string Previous = "20261121112925_AccessControl";
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public Task InitializeAsync() => _connection.OpenAsync();

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task Migrate_ExistingRows_TypeRfidCardAndActionAuthorize()
    {
        await using (var db = CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(Previous);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO IdTags (Value, Status, ExpiresAt, ParentIdTag, MaxConcurrentSessions, CreatedAt, UpdatedAt) VALUES ('OLD-TAG', 'Blocked', NULL, 'GRP', 2, 1, 2);");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO AuthorizationRecords (ChargePointId, IdTag, Outcome, IsKnownTag, At) VALUES ('CP-OLD', 'NOBODY', 'Invalid', 0, 3);");
        }

        await using (var db = CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        await using var read = CreateContext();
        var tag = await read.IdTags.AsNoTracking().SingleAsync();
        Assert.Equal(("OLD-TAG", IdTagStatus.Blocked, "GRP", 2, IdTagType.RfidCard, (string?)null, (TagBudget?)null),
            (tag.Value, tag.Status, tag.ParentIdTag, tag.MaxConcurrentSessions!.Value, tag.Type, tag.OwnerName, tag.Budget));
        var record = await read.AuthorizationRecords.AsNoTracking().SingleAsync();
        Assert.Equal(("Authorize", (int?)null, (string?)null), (record.Action, record.ConnectorId, record.Reason));
    }

    private EvDashboardDbContext CreateContext() => new(new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite(_connection).Options);
}
