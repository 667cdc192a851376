using EvDashboard.Core.Audit;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Billing.Queries;
using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using EvDashboard.Tests.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Core.Billing;

/// <summary>A migrated SQLite file with the real writer, a manual clock in Europe/Berlin, and the billing services on top.</summary>
internal sealed class BillingDatabase : IAsyncDisposable
{
    private readonly LedgerDatabase _db;
    private readonly ServiceProvider _services;

    private BillingDatabase(LedgerDatabase db, ServiceProvider services, ManualTimeProvider time)
    {
        _db = db;
        _services = services;
        Time = time;
    }

    public ManualTimeProvider Time { get; }

    public DatabaseWriter Writer => _db.Writer;

    public BillingOptions Options => _services.GetRequiredService<IOptions<BillingOptions>>().Value;

    public InvoiceIssuer Issuer => _services.GetRequiredService<InvoiceIssuer>();

    public ReceiptIssuer Receipts => _services.GetRequiredService<ReceiptIssuer>();

    public InvoiceRun Run => _services.GetRequiredService<InvoiceRun>();

    public InvoiceAdministration Administration => _services.GetRequiredService<InvoiceAdministration>();

    public InvoiceQueries Queries => _services.GetRequiredService<InvoiceQueries>();

    public static async Task<BillingDatabase> CreateAsync(DateTimeOffset now)
    {
        var db = await LedgerDatabase.CreateAsync();
        var time = new ManualTimeProvider(now);
        var services = new ServiceCollection()
            .AddLogging()
            .AddDbContextFactory<EvDashboardDbContext>(db.Database.Configure)
            .AddSingleton(db.Writer)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(new SiteOptions { TimeZone = "Europe/Berlin" }))
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(new BillingOptions { Seller = new SellerOptions { Name = "Volt GmbH", VatId = "DE123456789" } }))
            .AddSingleton<SiteClock>()
            .AddSingleton<AuditTrail>()
            .AddSingleton<InvoiceIssuer>()
            .AddSingleton<ReceiptIssuer>()
            .AddSingleton<InvoiceRun>()
            .AddSingleton<InvoiceAdministration>()
            .AddSingleton<InvoiceQueries>()
            .BuildServiceProvider();
        return new BillingDatabase(db, services, time);
    }

    public EvDashboardDbContext CreateContext() => _db.CreateContext();

    public async Task<Invoice> InvoiceAsync(string number)
    {
        await using var context = CreateContext();
        return await context.Invoices.Include(i => i.Lines).AsNoTracking().SingleAsync(i => i.Number == number);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }
}
