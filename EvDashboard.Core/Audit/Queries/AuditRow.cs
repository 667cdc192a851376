namespace EvDashboard.Core.Audit.Queries;

public sealed record AuditRow(
    long Id, DateTimeOffset At, string Actor, string Action, string? Target, string Result, string? Details, string? RemoteAddress);
