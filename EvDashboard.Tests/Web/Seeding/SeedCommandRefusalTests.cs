using EvDashboard.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Seeding;

/// <summary>The seed command refuses to mix into a ledger unless told to, and says clearly what is wrong with its arguments.</summary>
public sealed class SeedCommandRefusalTests : IDisposable
{
    private readonly SeededDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task RunAsync_DatabaseHasSessions_RefusesWithoutAppendAndAddsWithIt()
    {
        Assert.Equal(0, (await _database.SeedAsync("--sessions", "60", "--days", "3")).ExitCode);

        var refused = await _database.SeedAsync("--sessions", "60", "--days", "3");
        var appended = await _database.SeedAsync("--sessions", "40", "--days", "3", "--append");

        Assert.Equal(SeedCommand.RefusedError, refused.ExitCode);
        Assert.Contains("--append", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, appended.ExitCode);
        await using var db = _database.Open();
        Assert.Equal(100, await db.ChargingSessions.CountAsync());
        var receipts = await db.Invoices.Select(i => new { i.Year, i.Sequence }).ToListAsync();
        Assert.Equal(100, receipts.Count);
        Assert.All(receipts.GroupBy(r => r.Year), year => Assert.Equal(Enumerable.Range(1, year.Count()), year.Select(r => r.Sequence).Order()));
    }

    [Theory]
    [InlineData(new[] { "--days", "30" }, "--sessions is required")]
    [InlineData(new[] { "--sessions", "0", "--days", "30" }, "--sessions is required and must be 1..5,000,000")]
    [InlineData(new[] { "--sessions", "5000001", "--days", "30" }, "1..5,000,000")]
    [InlineData(new[] { "--sessions", "10", "--days", "3651" }, "--days is required and must be 1..3650")]
    [InlineData(new[] { "--sessions", "ten", "--days", "3" }, "--sessions needs a whole number")]
    [InlineData(new[] { "--sessions", "10", "--days", "3", "--charge-points", "0" }, "--charge-points must be")]
    [InlineData(new[] { "--sessions", "10", "--days", "3", "--fast" }, "Unknown argument '--fast'")]
    public async Task RunAsync_BadArguments_UsageErrorWithMessage(string[] args, string message)
    {
        var (exitCode, _, error) = await _database.SeedAsync(args);

        Assert.Equal(SeedCommand.UsageError, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_database.ConnectionString["Data Source=".Length..]));
    }
}
