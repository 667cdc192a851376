using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

internal sealed record RecentAnomaly(long Id, string ChargePointId, LedgerAnomalyKind Kind, int? TransactionId, string Detail, DateTimeOffset At);
