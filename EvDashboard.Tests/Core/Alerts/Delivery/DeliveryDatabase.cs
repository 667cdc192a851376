using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Delivery;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Tests.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Alerts.Delivery;

/// <summary>
/// A migrated SQLite file with the real writer, a manual clock, and the delivery services exactly as
/// <see cref="AlertDeliveryServiceCollectionExtensions.AddAlertDelivery"/> registers them, bound to "Alerts:Delivery" settings.
/// </summary>
internal sealed class DeliveryDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly LedgerDatabase _db;
    private readonly ServiceProvider _services;

    private DeliveryDatabase(LedgerDatabase db, ServiceProvider services, ManualTimeProvider time)
    {
        _db = db;
        _services = services;
        Time = time;
    }

    public ManualTimeProvider Time { get; }

    public DeliveryPass Pass => _services.GetRequiredService<DeliveryPass>();

    public INotificationTester Tester => _services.GetRequiredService<INotificationTester>();

    /// <param name="settings">Keys under Alerts:Delivery, e.g. "SmtpHost".</param>
    public static async Task<DeliveryDatabase> CreateAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var db = await LedgerDatabase.CreateAsync();
        var time = new ManualTimeProvider(Start);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(s => $"{AlertDeliveryOptions.Section}:{s.Key}", s => s.Value))
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddDbContextFactory<EvDashboardDbContext>(db.Database.Configure)
            .AddSingleton(db.Writer)
            .AddSingleton<TimeProvider>(time)
            .AddAlertDelivery()
            .BuildServiceProvider();
        return new DeliveryDatabase(db, services, time);
    }

    public static Dictionary<string, string?> Smtp(SmtpSink sink) => new()
    {
        ["SmtpHost"] = "127.0.0.1",
        ["SmtpPort"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SmtpEnableSsl"] = "false",
        ["FromAddress"] = "alerts@volt.example",
        ["FromName"] = "Volt alerts",
        ["OperatorEmails"] = "ops@volt.example, night@volt.example",
        ["FirstRetrySeconds"] = "30",
        ["MaxAttempts"] = "3",
        ["TimeoutSeconds"] = "10",
    };

    public static Dictionary<string, string?> Webhook(WebhookReceiver receiver) => new()
    {
        ["WebhookUrl"] = receiver.Url,
        ["WebhookSecret"] = receiver.Secret,
        ["FirstRetrySeconds"] = "30",
        ["MaxAttempts"] = "3",
        ["TimeoutSeconds"] = "10",
    };

    /// <summary>A raised connector-faulted alert on CP-1/2, stored.</summary>
    public Task<Alert> RaiseAsync() =>
        _db.WriteAsync(async (scope, ct) =>
        {
            var alert = new Alert(
                AlertRuleCatalog.Get(AlertRuleKeys.ConnectorFaulted), "CP-1/2", AlertSeverity.Critical, "CP-1", 2, 17,
                "CP-1 connector 2 is faulted: GroundFailure", null, Start.AddMinutes(-2), Start);
            scope.Db.Alerts.Add(alert);
            await scope.Db.SaveChangesAsync(ct);
            return alert;
        });

    /// <summary>Queues a delivery, due now, as the alert engine would.</summary>
    public Task<long> QueueAsync(long? alertId, DeliveryChannel channel, string target, DeliveryAudience audience = DeliveryAudience.Operator) =>
        _db.WriteAsync(async (scope, ct) =>
        {
            var delivery = new AlertDelivery(
                alertId, AlertRuleKeys.ConnectorFaulted, AlertDeliveryEvent.Raised, channel, audience, target,
                "Critical: CP-1 connector 2 faulted", "CP-1 connector 2 is faulted: GroundFailure.\n\nSince 08:58 UTC <check the RCD>.",
                Time.GetUtcNow(), Time.GetUtcNow());
            scope.Db.AlertDeliveries.Add(delivery);
            await scope.Db.SaveChangesAsync(ct);
            return delivery.Id;
        });

    public async Task<AlertDelivery> DeliveryAsync(long id)
    {
        await using var context = _db.CreateContext();
        return await context.AlertDeliveries.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    public async Task<List<AuditEntry>> AuditAsync()
    {
        await using var context = _db.CreateContext();
        return await context.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }
}
