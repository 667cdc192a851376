using System.Collections.Concurrent;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Data;

namespace EvDashboard.Tests.Core.Healing;

/// <summary>Stands in for the alert engine (another feature): keeps every notice raised, commits nothing of its own.</summary>
internal sealed class FakeAlertNotices : IAlertNotices
{
    public ConcurrentQueue<AlertNotice> Raised { get; } = new();

    public Task<Alert?> RaiseAsync(WriteScope scope, AlertNotice notice, CancellationToken cancellationToken)
    {
        Raised.Enqueue(notice);
        return Task.FromResult<Alert?>(null);
    }

    public Task<bool> ResolveAsync(WriteScope scope, string ruleKey, string subject, string resolution, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(false);
}
