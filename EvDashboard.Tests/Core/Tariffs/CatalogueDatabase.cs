using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Tariffs.Administration;
using EvDashboard.Core.Tariffs.Queries;
using EvDashboard.Tests.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EvDashboard.Tests.Core.Tariffs;

/// <summary>A migrated SQLite file with the real writer, and the catalogue's services over it.</summary>
internal sealed class CatalogueDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    public static readonly Actor Manager = new("manager@example.com");

    private readonly ServiceProvider _services;

    private CatalogueDatabase(LedgerDatabase db, ServiceProvider services)
    {
        Db = db;
        _services = services;
        var audit = new AuditTrail(db.Writer, Time);
        Tariffs = new TariffAdministration(db.Writer, audit, Time, NullLogger<TariffAdministration>.Instance);
        Assignments = new TariffAssignmentAdministration(db.Writer, audit, Time, NullLogger<TariffAssignmentAdministration>.Instance);
        Queries = new TariffQueries(Contexts);
    }

    public LedgerDatabase Db { get; }

    public ManualTimeProvider Time { get; } = new(T0);

    public TariffAdministration Tariffs { get; }

    public TariffAssignmentAdministration Assignments { get; }

    public TariffQueries Queries { get; }

    public IDbContextFactory<EvDashboardDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>();

    public static async Task<CatalogueDatabase> CreateAsync()
    {
        var db = await LedgerDatabase.CreateAsync();
        var services = new ServiceCollection().AddDbContextFactory<EvDashboardDbContext>(db.Database.Configure).BuildServiceProvider();
        return new CatalogueDatabase(db, services);
    }

    public async Task<int> CreateAsync(string name, EvDashboard.Core.Tariffs.TariffDefinition definition)
    {
        var result = await Tariffs.CreateAsync(name, null, definition, Manager, CancellationToken.None);
        Assert.Equal(TariffChangeStatus.Created, result.Status);
        return result.TariffId!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Db.DisposeAsync();
    }
}
