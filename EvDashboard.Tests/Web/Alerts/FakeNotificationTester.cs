using EvDashboard.Core.Alerts;
using EvDashboard.Core.Audit;

namespace EvDashboard.Tests.Web.Alerts;

/// <summary>Stands in for the delivery feature's tester: records what the page asked for and answers with a canned result.</summary>
internal sealed class FakeNotificationTester : INotificationTester
{
    public List<(DeliveryChannel Channel, string? Target, string Actor)> Calls { get; } = [];

    public Task<NotificationTestResult> SendTestAsync(DeliveryChannel channel, string? target, Actor actor, CancellationToken cancellationToken)
    {
        Calls.Add((channel, target, actor.Name));
        return Task.FromResult(new NotificationTestResult(true, target ?? "ops@example.com", "250 OK"));
    }
}
