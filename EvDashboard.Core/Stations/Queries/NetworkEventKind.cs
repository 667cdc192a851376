namespace EvDashboard.Core.Stations.Queries;

public enum NetworkEventKind
{
    Online,
    Offline,
    Booted,
    StatusChanged,
    SessionStarted,
    SessionStopped,
    SessionInterrupted,
}
