namespace EvDashboard.Core.Stations.Queries;

public enum WallEventKind
{
    StatusChanged,
    SessionStarted,
    SessionCompleted,
    ChargePointOnline,
    ChargePointOffline,
    ChargePointBooted,
}
