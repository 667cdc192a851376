using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>What the rollups need of one session: its meter anchors, its billing register readings (time order) and its final cost.</summary>
internal sealed record RollupSession(
    int TransactionId,
    string ChargePointId,
    int ConnectorId,
    SessionStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    long MeterStartWh,
    DateTimeOffset? LastMeterAt,
    long EnergyWh,
    string Currency,
    long NetMinor,
    long VatMinor,
    long GrossMinor,
    int TariffId,
    string TagGroup)
{
    public List<(DateTimeOffset At, long Wh)> Readings { get; } = [];

    /// <summary>Completed and under a minute or under 100 Wh: a failed plug-in or a refused car.</summary>
    public bool IsFailed =>
        Status == SessionStatus.Completed && EndedAt is { } end && (end - StartedAt < TimeSpan.FromMinutes(1) || EnergyWh < 100);

    /// <summary>Where the energy curve ends: the stop, or the newest reading of a session still open; never before the start.</summary>
    public DateTimeOffset CurveEnd
    {
        get
        {
            var end = Status == SessionStatus.Completed ? EndedAt ?? StartedAt : LastMeterAt ?? StartedAt;
            return end < StartedAt ? StartedAt : end;
        }
    }
}
