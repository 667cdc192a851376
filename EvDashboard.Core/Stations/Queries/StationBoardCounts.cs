namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// Charge points online/offline and connectors by state. Connectors of an offline charge point are counted
/// as <see cref="OfflineConnectors"/>, not by their last state, which nobody can vouch for.
/// </summary>
public sealed record StationBoardCounts(
    int ChargePoints,
    int Online,
    IReadOnlyDictionary<ConnectorStatus, int> Connectors,
    int OfflineConnectors,
    int ActiveSessions,
    long PowerW)
{
    public int Offline => ChargePoints - Online;

    public int ConnectorsIn(ConnectorStatus status) => Connectors.GetValueOrDefault(status);
}
