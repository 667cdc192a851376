using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>A connector as the planner sees it: its stored status and whether a session is Active on it.</summary>
internal sealed record ConnectorSnapshot(int ConnectorId, ConnectorStatus Status, DateTimeOffset? StatusSince, bool HasActiveSession);
