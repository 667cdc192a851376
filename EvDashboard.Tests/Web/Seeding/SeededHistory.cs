namespace EvDashboard.Tests.Web.Seeding;

/// <summary>2,000 sessions over 30 days, seeded once for the tests that only read them.</summary>
public sealed class SeededHistory : IAsyncLifetime
{
    public SeededDatabase Database { get; } = new();

    public string Output { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var (exitCode, output, error) = await Database.SeedAsync("--sessions", "2000", "--days", "30", "--random-seed", "42");
        Assert.True(exitCode == 0, error);
        Output = output;
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}
