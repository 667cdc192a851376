using EvDashboard.Rollups;
using EvDashboard.Tests.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace EvDashboard.Tests.Web.Rollups;

/// <summary><c>rollups rebuild</c> and <c>rollups verify</c> on a seeded database (the seed command builds the rollups itself).</summary>
public sealed class RollupCommandTests : IDisposable
{
    private readonly SeededDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task RunAsync_SeededThenTampered_VerifyFindsTheRowAndRebuildRepairsIt()
    {
        var (seedExit, seedOutput, seedError) = await _database.SeedAsync("--sessions", "300", "--days", "6", "--random-seed", "3");
        Assert.True(seedExit == 0, seedError);
        Assert.Contains("Rollups rebuilt: ", seedOutput, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("verify")).ExitCode);
        await using (var db = _database.Open())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE ConnectorDays SET EnergyWh = EnergyWh + 1 WHERE rowid = (SELECT MIN(rowid) FROM ConnectorDays)");
        }

        var tampered = await RunAsync("verify");
        var rebuilt = await RunAsync("rebuild");
        var repaired = await RunAsync("verify");

        Assert.Equal(RollupCommand.Different, tampered.ExitCode);
        Assert.Contains("1 differences", tampered.Output, StringComparison.Ordinal);
        Assert.Contains("ConnectorDay ", tampered.Output, StringComparison.Ordinal);
        Assert.Equal(0, rebuilt.ExitCode);
        Assert.Contains("rows/s", rebuilt.Output, StringComparison.Ordinal);
        Assert.Equal(0, repaired.ExitCode);
        Assert.Contains("identical", repaired.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("repair")]
    [InlineData("verify", "--all")]
    public async Task RunAsync_BadArguments_UsageError(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await RollupCommand.RunAsync(args, _ => { }, output, error, CancellationToken.None);

        Assert.Equal(RollupCommand.UsageError, exitCode);
        Assert.Contains(RollupCommand.Usage, error.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string verb)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await RollupCommand.RunAsync(
            [verb],
            configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:EvDashboard"] = _database.ConnectionString,
                ["Site:TimeZone"] = SeededDatabase.TimeZone,
            }),
            output,
            error,
            CancellationToken.None);
        return (exitCode, output.ToString() + error);
    }
}
