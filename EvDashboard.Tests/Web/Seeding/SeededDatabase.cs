using EvDashboard.Core.Data;
using EvDashboard.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Seeding;

/// <summary>A temporary SQLite file that the seed command writes into, with Site:TimeZone Europe/Berlin.</summary>
public sealed class SeededDatabase : IDisposable
{
    public const string TimeZone = "Europe/Berlin";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"evd-seed-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path}";

    /// <summary>Runs <c>seed</c> with <paramref name="args"/>; returns the exit code and what it printed.</summary>
    public async Task<(int ExitCode, string Output, string Error)> SeedAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await SeedCommand.RunAsync(
            args,
            configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:EvDashboard"] = ConnectionString,
                ["Site:TimeZone"] = TimeZone,
            }),
            output,
            error,
            CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    public EvDashboardDbContext Open() => new(new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
