namespace EvDashboard.Core.Stations.Queries;

/// <summary>The stored decision, and for an approval of a connected charger, its answer to TriggerMessage BootNotification.</summary>
public sealed record ApprovalOutcome(ChargePointChangeResult Result, CommandAnswer? Trigger = null);
