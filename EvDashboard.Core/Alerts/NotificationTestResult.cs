namespace EvDashboard.Core.Alerts;

/// <summary>The outcome of a test message, in words an operator can act on ("SMTP 535 authentication failed").</summary>
public sealed record NotificationTestResult(bool Succeeded, string Target, string Message);
