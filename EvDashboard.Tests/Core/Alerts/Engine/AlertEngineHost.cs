using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Engine;
using EvDashboard.Core.Alerts.Engine.Conditions;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Core.Alerts.Engine;

/// <summary>
/// A migrated SQLite file with the real writer, a manual clock and the alert engine wired as in the app. Each
/// <see cref="NewEvaluator"/> is a fresh engine on the same database, like an app restart.
/// </summary>
internal sealed class AlertEngineHost : IAsyncDisposable
{
    public const string Operators = "ops@example.com, oncall@example.com";
    public const string Webhook = "https://hooks.example.com/alerts";

    private readonly LedgerDatabase _db;
    private readonly ServiceProvider _services;

    private AlertEngineHost(LedgerDatabase db, ServiceProvider services, DateTimeOffset now)
    {
        _db = db;
        _services = services;
        Time = new ManualTimeProvider(now);
    }

    public ManualTimeProvider Time { get; }

    public ChargePointPresence Presence { get; } = new();

    public AlertDeliveryOptions Delivery { get; } = new() { SmtpHost = "smtp.example.com", OperatorEmails = Operators, WebhookUrl = Webhook, WebhookSecret = "s3cret" };

    public AlertOptions Options { get; } = new();

    public SiteOptions Site { get; } = new();

    public DateTimeOffset Now => Time.GetUtcNow();

    public ActiveSessionQueries Queries => new(Contexts, Time);

    public IDbContextFactory<EvDashboardDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>();

    public static async Task<AlertEngineHost> CreateAsync(DateTimeOffset now)
    {
        var db = await LedgerDatabase.CreateAsync();
        var services = new ServiceCollection().AddDbContextFactory<EvDashboardDbContext>(db.Database.Configure).BuildServiceProvider();
        return new AlertEngineHost(db, services, now);
    }

    public AlertEvaluator NewEvaluator()
    {
        var journal = (AlertJournal)NewJournal();
        var anomalies = new AnomalyWindow();
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        IAlertConditionSource[] sources =
        [
            new ConnectorFaultedCondition(), new ChargePointOfflineCondition(Presence), new PreparingTooLongCondition(),
            new AuthorizationRejectedCondition(), new EnergyStalledCondition(), new IdleBlockingCondition(),
            new StopForUnknownTransactionCondition(anomalies), new MeterBackwardsCondition(anomalies), new ClockSkewCondition(Presence),
            new InvoiceOverdueCondition(), new SessionCompletedCondition(), new SessionEndingCondition(Queries, options),
        ];
        return new AlertEvaluator(Contexts, _db.Writer, journal, sources, options, Time, NullLogger<AlertEvaluator>.Instance);
    }

    public Task AddChargePointAsync(string id, DateTimeOffset? lastSeen = null) =>
        _db.WriteAsync((scope, _) =>
        {
            var cp = new ChargePoint(id, name: null, Now.AddDays(-30), registeredOnFirstConnect: false);
            if (lastSeen is { } seen)
            {
                cp.MarkSeen(seen);
            }

            scope.Db.ChargePoints.Add(cp);
            return Task.CompletedTask;
        });

    /// <summary>A StatusNotification as the handler stores it: the connector's state and a history row.</summary>
    public Task StatusAsync(string chargePointId, int connectorId, ConnectorStatus status, string errorCode = "NoError", DateTimeOffset? stamped = null, DateTimeOffset? receivedAt = null) =>
        _db.WriteAsync(async (scope, ct) =>
        {
            var report = new StatusReport(connectorId, status, errorCode, null, null, null, stamped ?? Now);
            var connector = await scope.Db.Connectors.FindAsync([chargePointId, connectorId], ct);
            if (connector is null)
            {
                connector = new Connector(chargePointId, connectorId);
                scope.Db.Connectors.Add(connector);
            }

            connector.Apply(report);
            scope.Db.ConnectorStatusChanges.Add(new ConnectorStatusChange(chargePointId, report, receivedAt ?? Now));
        });

    public async Task<int> StartAsync(string chargePointId, int connectorId, string idTag = "TAG1", long meterStartWh = 10_000)
    {
        var start = new SessionStart(chargePointId, connectorId, idTag, Now, meterStartWh, null, AuthorizationOutcome.Accepted, Now);
        var result = await _db.WriteAsync((scope, ct) => SessionLedger.StartAsync(scope, start, ct));
        return result.Session.TransactionId;
    }

    public Task MeterAsync(string chargePointId, int connectorId, int transactionId, long registerWh, int? soc = null, DateTimeOffset? stamped = null)
    {
        var readings = new List<SampledReading> { SampledReading.From(registerWh.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null, null, "Wh", null) };
        if (soc is { } s)
        {
            readings.Add(SampledReading.From(s.ToString(System.Globalization.CultureInfo.InvariantCulture), SampledReading.StateOfCharge, null, "EV", null, "Percent", null));
        }

        return _db.WriteAsync((scope, ct) => Task.FromResult(SessionLedger.RecordMeterValues(scope, chargePointId, connectorId, transactionId, [new TimedReadings(stamped ?? Now, readings)], Now, ct)));
    }

    public Task StopAsync(string chargePointId, int transactionId, long meterStopWh) =>
        _db.WriteAsync((scope, ct) => SessionLedger.StopAsync(scope, chargePointId, transactionId, new SessionStop(Now, meterStopWh, "EVDisconnected", null, Now), [], ct));

    public Task AuthorizationAsync(string chargePointId, string idTag, AuthorizationOutcome outcome, bool known) =>
        _db.WriteAsync((scope, _) =>
        {
            scope.Db.AuthorizationRecords.Add(new AuthorizationRecord(chargePointId, idTag, outcome, known, Now));
            return Task.CompletedTask;
        });

    /// <summary>An idTag whose owner opted in (or not) to hear about their sessions.</summary>
    public Task OwnerAsync(string idTag, string email, bool notify) =>
        _db.WriteAsync(async (scope, ct) =>
        {
            scope.Db.IdTags.Add(new IdTag(idTag, Now));
            await scope.Db.SaveChangesAsync(ct);
            // The opt-in is set by the idTag pages (another feature); the row is what the outbox reads.
            using var command = scope.CreateCommand("UPDATE IdTags SET OwnerEmail = $email, NotifyOwner = $notify WHERE Value = $tag");
            command.Parameters.AddWithValue("$email", email);
            command.Parameters.AddWithValue("$notify", notify);
            command.Parameters.AddWithValue("$tag", idTag);
            await command.ExecuteNonQueryAsync(ct);
        });

    /// <summary>An issued invoice (not through the run: the number counter is this test's own), unpaid.</summary>
    public Task<long> InvoiceAsync(DateTimeOffset dueAt) =>
        _db.WriteAsync(async (scope, ct) =>
        {
            var counter = new InvoiceCounter("EV", 2026);
            scope.Db.InvoiceCounters.Add(counter);
            var draft = new InvoiceDraft(
                InvoiceKind.Statement, "EV", $"test:{dueAt.UtcTicks}", "EUR", "Fleet Ltd", null, null, null, null, null, null, null,
                "{\"name\":\"Volt GmbH\",\"addressLines\":[]}", dueAt, [new InvoiceLine(1, "Charging", null, 1, "session", 1_000, 19m, 190)]);
            var invoice = Invoice.Issue(draft, counter, Now, "test");
            scope.Db.Invoices.Add(invoice);
            await scope.Db.SaveChangesAsync(ct);
            return invoice.Id;
        });

    public Task PaidAsync(long invoiceId) =>
        _db.WriteAsync(async (scope, ct) => (await scope.Db.Invoices.FindAsync([invoiceId], ct))!.SetPaymentStatus(PaymentStatus.Paid, "test", Now));

    /// <summary>Runs <paramref name="work"/> in one unit of work of the writer (as another feature would call the journal).</summary>
    public Task<T> WriteAsync<T>(Func<WriteScope, CancellationToken, Task<T>> work) => _db.WriteAsync(work);

    public IAlertNotices NewJournal()
    {
        var clock = new SiteClock(Time, Microsoft.Extensions.Options.Options.Create(Site));
        return new AlertJournal(new AlertOutbox(Microsoft.Extensions.Options.Options.Create(Delivery), clock, Time), new LiveFeed(NullLogger<LiveFeed>.Instance), Time);
    }

    public Task RuleAsync(string ruleKey, Action<AlertRuleSetting> change) =>
        _db.WriteAsync(async (scope, ct) =>
        {
            var setting = await scope.Db.AlertRuleSettings.FindAsync([ruleKey], ct);
            if (setting is null)
            {
                setting = new AlertRuleSetting(ruleKey, Now, "test");
                scope.Db.AlertRuleSettings.Add(setting);
            }

            change(setting);
        });

    public Task ExcludeAsync(string ruleKey, string chargePointId) =>
        _db.WriteAsync((scope, _) =>
        {
            scope.Db.AlertRuleExclusions.Add(new AlertRuleExclusion(ruleKey, chargePointId, Now, "test"));
            return Task.CompletedTask;
        });

    public async Task<List<Alert>> AlertsAsync(string? ruleKey = null)
    {
        await using var db = _db.CreateContext();
        return await db.Alerts.AsNoTracking().Where(a => ruleKey == null || a.RuleKey == ruleKey).OrderBy(a => a.Id).ToListAsync();
    }

    public async Task<List<AlertDelivery>> DeliveriesAsync()
    {
        await using var db = _db.CreateContext();
        return await db.AlertDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    public async Task<List<LedgerAnomaly>> AnomaliesAsync(LedgerAnomalyKind kind)
    {
        await using var db = _db.CreateContext();
        return await db.LedgerAnomalies.AsNoTracking().Where(a => a.Kind == kind).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }
}
