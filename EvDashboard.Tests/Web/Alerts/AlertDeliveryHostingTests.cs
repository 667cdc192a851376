using System.Globalization;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Alerts;

/// <summary>The delivery worker inside the app: configured from Alerts:Delivery, woken by AlertChanged, options checked at start.</summary>
public sealed class AlertDeliveryHostingTests
{
    [Fact]
    public async Task App_AlertChangedPublished_WorkerSendsTheQueuedEmail()
    {
        await using var sink = new SmtpSink();
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?>
        {
            ["Alerts:Delivery:SmtpHost"] = "127.0.0.1",
            ["Alerts:Delivery:SmtpPort"] = sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Alerts:Delivery:SmtpEnableSsl"] = "false",
        });
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (alert, deliveryId) = await QueueAsync(factory, now);

        factory.Services.GetRequiredService<LiveFeed>().Publish(AlertChanged.From(alert, now));

        var message = await sink.NextAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(("CP-9 offline", "ops@volt.example"), (message.Subject, Assert.Single(message.Recipients)));
        await WaitUntilAsync(async () =>
        {
            await using var db = factory.CreateDbContext();
            return (await db.AlertDeliveries.AsNoTracking().SingleAsync(d => d.Id == deliveryId)).Status == AlertDeliveryStatus.Sent;
        });
    }

    [Fact]
    public async Task App_BadDeliverySetting_RefusesToStartNamingIt()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Alerts:Delivery:WebhookUrl"] = "https://hooks.example.com/ev" });

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Alerts:Delivery:WebhookSecret", error.ToString(), StringComparison.Ordinal);
    }

    private static Task<(Alert Alert, long DeliveryId)> QueueAsync(EvDashboardFactory factory, DateTimeOffset now) =>
        factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            async (scope, ct) =>
            {
                var alert = new Alert(
                    AlertRuleCatalog.Get(AlertRuleKeys.ChargePointOffline), "CP-9", AlertSeverity.Critical, "CP-9", null, null,
                    "CP-9 has been offline for 5 minutes", null, now.AddMinutes(-5), now);
                scope.Db.Alerts.Add(alert);
                await scope.Db.SaveChangesAsync(ct);
                var delivery = new AlertDelivery(
                    alert.Id, alert.RuleKey, AlertDeliveryEvent.Raised, DeliveryChannel.Email, DeliveryAudience.Operator, "ops@volt.example",
                    "CP-9 offline", "CP-9 has been offline for 5 minutes.", now, now);
                scope.Db.AlertDeliveries.Add(delivery);
                await scope.Db.SaveChangesAsync(ct);
                return (alert, delivery.Id);
            },
            CancellationToken.None);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
