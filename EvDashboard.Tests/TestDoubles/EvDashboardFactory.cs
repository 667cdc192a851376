using EvDashboard.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>The whole app on a TestServer with its own temporary SQLite file; settings are overridable per test.</summary>
public sealed class EvDashboardFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("evdashboard-tests-").FullName;

    public EvDashboardFactory(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Settings = new Dictionary<string, string?>
        {
            ["Ocpp:UnknownChargePoints"] = "Accept",
            ["Ocpp:CallTimeoutSeconds"] = "5",
            ["Api:Keys:0"] = TestApiKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
    }

    public const string TestApiKey = "test-api-key-0123456789";

    public Dictionary<string, string?> Settings { get; }

    public string DatabasePath => Path.Combine(_directory, "evdashboard.db");

    public EvDashboardDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:EvDashboard", $"Data Source={DatabasePath}");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
