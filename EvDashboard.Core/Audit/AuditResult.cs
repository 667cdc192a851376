namespace EvDashboard.Core.Audit;

public enum AuditResult
{
    Succeeded,
    Failed,
    Denied,
}
