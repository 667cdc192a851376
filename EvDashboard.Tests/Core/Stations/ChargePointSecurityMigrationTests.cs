using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EvDashboard.Tests.Core.Stations;

/// <summary>The ChargePointSecurity migration keeps existing charge points and their meaning: a stored key meant Basic auth.</summary>
public sealed class ChargePointSecurityMigrationTests : IDisposable
{
    private const string MigrationBefore = "20261121112925_AccessControl";
    private readonly string _directory = Directory.CreateTempSubdirectory("evdashboard-cp-migration-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "m.db")};Pooling=False";

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Migrate_ExistingChargePoints_KeyedOnesBecomeProfile1AllApproved()
    {
        await using (var before = CreateContext())
        {
            await before.GetService<IMigrator>().MigrateAsync(MigrationBefore);
        }

        await ExecuteAsync("""
            INSERT INTO ChargePoints (Id, Name, KeyHash, IsNew, CreatedAt) VALUES ('KEYED', 'Bay 1', 'hmac-sha256$c2FsdA==$bWFj', 0, 0);
            INSERT INTO ChargePoints (Id, Name, KeyHash, IsNew, CreatedAt) VALUES ('OPEN', NULL, NULL, 1, 0);
            """);

        await using var context = CreateContext();
        await context.Database.MigrateAsync();

        var rows = await context.ChargePoints.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.KeyHash, c.SecurityProfile, c.Approval }).ToListAsync();
        Assert.Equal(
            [
                new { Id = "KEYED", Name = (string?)"Bay 1", KeyHash = (string?)"hmac-sha256$c2FsdA==$bWFj", SecurityProfile = SecurityProfile.Basic, Approval = ChargePointApproval.Approved },
                new { Id = "OPEN", Name = (string?)null, KeyHash = (string?)null, SecurityProfile = SecurityProfile.None, Approval = ChargePointApproval.Approved },
            ],
            rows);
    }

    private EvDashboardDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite(ConnectionString).Options);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
