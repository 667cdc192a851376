namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>Everything one day's rollups are computed from, as read by <see cref="RollupInputReader"/> (or built by hand in tests).</summary>
internal sealed class RollupInputs
{
    /// <summary>Every known connector (1 and up); connectors with sessions that day are added by the builder.</summary>
    public List<(string ChargePointId, int ConnectorId)> Connectors { get; } = [];

    /// <summary>Sessions that started, ended or delivered energy in the day (others are ignored by the builder).</summary>
    public List<RollupSession> Sessions { get; } = [];

    public Dictionary<(string ChargePointId, int ConnectorId), RollupTimeline> Timelines { get; } = [];

    public Dictionary<string, RollupConnection> Connections { get; } = new(StringComparer.Ordinal);

    /// <summary>Authorisations per charge point in the day: how many, how many not Accepted.</summary>
    public Dictionary<string, (int Count, int Rejected)> Authorizations { get; } = new(StringComparer.Ordinal);
}
