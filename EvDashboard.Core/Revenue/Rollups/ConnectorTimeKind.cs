namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>The buckets a connector's day is split into; Offline wins over whatever status the connector last reported.</summary>
internal enum ConnectorTimeKind
{
    Unknown,
    Charging,
    Occupied,
    Available,
    Faulted,
    Unavailable,
    Offline,
}
