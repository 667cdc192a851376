using EvDashboard.Core.Alerts;
using EvDashboard.Core.Data;

namespace EvDashboard.Core.Healing.Reconciliation;

/// <summary>
/// Raises the reconciler's and continuation's notices through the alert engine's <see cref="IAlertNotices"/>. The engine is
/// a separate feature: without it registered (a host that runs the ledger alone) the sessions are healed all the same and
/// the audit log and ledger anomalies still say what happened.
/// </summary>
internal sealed class SessionNotices(IEnumerable<IAlertNotices> notices)
{
    private readonly IAlertNotices[] _notices = notices.ToArray();

    public async Task RaiseAsync(WriteScope scope, AlertNotice notice, CancellationToken cancellationToken)
    {
        foreach (var target in _notices)
        {
            await target.RaiseAsync(scope, notice, cancellationToken);
        }
    }
}
