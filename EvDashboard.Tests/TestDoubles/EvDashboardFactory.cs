using EvDashboard.Core.Data;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// The whole app on a TestServer with its own temporary SQLite file; settings and services are overridable per test
/// (<see cref="Costs"/> answers for session costs when the app itself registers no <see cref="ISessionCosts"/>, or when a
/// test installs it with <see cref="UseFakeCosts"/>).
/// </summary>
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

            // Tests look at a worker's first pass right after start; the held start is FirstPassDelayTests' subject.
            ["Database:FirstPassDelaySeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
    }

    public const string TestApiKey = "test-api-key-0123456789";

    public Dictionary<string, string?> Settings { get; }

    public FakeSessionCosts Costs { get; } = new();

    /// <summary>Answers report queries when the app registers no <see cref="IReportQueries"/>, or always after <see cref="UseFakeReports"/>.</summary>
    public PageReportQueries Reports { get; } = new();

    /// <summary>Whether <see cref="Reports"/> replaces the app's own <see cref="IReportQueries"/>; set before the first use of the app.</summary>
    public bool UseFakeReports { get; set; }

    /// <summary>Whether <see cref="Costs"/> replaces the app's own <see cref="ISessionCosts"/>; set before the first use of the app.</summary>
    public bool UseFakeCosts { get; set; }

    /// <summary>Replacements a test installs (e.g. a fake port), applied after the app's own services; add before the first use of the app.</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

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

        builder.ConfigureTestServices(services =>
        {
            if (UseFakeCosts)
            {
                services.RemoveAll<ISessionCosts>();
            }

            services.TryAddSingleton<ISessionCosts>(Costs);
            foreach (var configure in TestServices)
            {
                configure(services);
            }

            if (UseFakeReports)
            {
                services.RemoveAll<IReportQueries>();
            }

            services.TryAddSingleton<IReportQueries>(Reports);
        });
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
