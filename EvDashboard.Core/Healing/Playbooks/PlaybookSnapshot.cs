namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>Everything the planner needs to know about one charge point at one moment.</summary>
/// <param name="OnlineSince">When its current connection began (null when offline or unknown).</param>
/// <param name="OfflineBefore">When it went offline before that connection (null when unknown).</param>
/// <param name="LastEnded">The newest end of an ended run, by playbook and connector: a problem a run has already dealt with is not taken up again.</param>
/// <param name="ActionsLastHour">When the playbooks sent commands to it within the last hour.</param>
/// <param name="OpenExhaustedSubjects">Subjects of its unresolved "playbook-exhausted" alerts.</param>
internal sealed record PlaybookSnapshot(
    string ChargePointId,
    bool PlaybooksOff,
    bool IsConnected,
    DateTimeOffset? OnlineSince,
    DateTimeOffset? OfflineBefore,
    IReadOnlyList<ConnectorSnapshot> Connectors,
    IReadOnlyList<RunSnapshot> Running,
    IReadOnlyDictionary<(string Playbook, int ConnectorId), DateTimeOffset> LastEnded,
    DateTimeOffset? LastOfflineRecoveryStartedAt,
    IReadOnlyList<DateTimeOffset> ActionsLastHour,
    IReadOnlyList<string> OpenExhaustedSubjects)
{
    public ConnectorSnapshot? Connector(int connectorId) => Connectors.FirstOrDefault(c => c.ConnectorId == connectorId);

    public IEnumerable<ConnectorSnapshot> Faulted => Connectors.Where(c => c.Status == Stations.ConnectorStatus.Faulted);

    public DateTimeOffset? Ended(string playbook, int connectorId) => LastEnded.TryGetValue((playbook, connectorId), out var at) ? at : null;
}
