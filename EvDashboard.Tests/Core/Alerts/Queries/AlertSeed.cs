using EvDashboard.Core.Alerts;
using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Alerts.Queries;

/// <summary>Alerts, deliveries and charge points written straight through the app's one writer, as the alert engine would.</summary>
internal static class AlertSeed
{
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    public static Task<long> AlertAsync(
        EvDashboardFactory factory, string ruleKey, string? chargePointId, AlertSeverity severity, DateTimeOffset raisedAt,
        AlertStatus status = AlertStatus.Open, string? message = null, int? connectorId = 1, string? subject = null) =>
        factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            async (scope, ct) =>
            {
                var alert = new Alert(
                    AlertRuleCatalog.Get(ruleKey), subject ?? $"{chargePointId}/{connectorId}/{raisedAt.Ticks}", severity, chargePointId, connectorId, null,
                    message ?? $"{ruleKey} at {chargePointId}", null, raisedAt.AddMinutes(-1), raisedAt);
                if (status != AlertStatus.Open)
                {
                    alert.Acknowledge("earlier@example.com", "seen", raisedAt.AddMinutes(1));
                }

                if (status == AlertStatus.Resolved)
                {
                    alert.Resolve(raisedAt.AddMinutes(5), "condition cleared");
                }

                scope.Db.Alerts.Add(alert);
                await scope.Db.SaveChangesAsync(ct);
                return alert.Id;
            },
            CancellationToken.None);

    public static Task DeliveryAsync(EvDashboardFactory factory, long alertId, DeliveryChannel channel, string target, bool sent, string? error = null) =>
        factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            (scope, _) =>
            {
                var delivery = new AlertDelivery(
                    alertId, AlertRuleKeys.ConnectorFaulted, AlertDeliveryEvent.Raised, channel, DeliveryAudience.Operator, target, "title", "body", Start, Start);
                if (sent)
                {
                    delivery.MarkSent(Start.AddSeconds(5));
                }
                else
                {
                    delivery.MarkFailed(error ?? "failed", retryAt: null);
                }

                scope.Db.AlertDeliveries.Add(delivery);
                return Task.CompletedTask;
            },
            CancellationToken.None);

    public static Task ChargePointAsync(EvDashboardFactory factory, string id) =>
        factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            (scope, _) =>
            {
                scope.Db.ChargePoints.Add(new ChargePoint(id, name: null, Start, registeredOnFirstConnect: false));
                return Task.CompletedTask;
            },
            CancellationToken.None);
}
