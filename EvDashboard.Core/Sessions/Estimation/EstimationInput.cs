namespace EvDashboard.Core.Sessions.Estimation;

/// <summary>
/// What is known about a running session: its start, the present power, recent SoC and energy samples
/// (ascending, charger timestamps; the caller passes about the last <see cref="EndTimeEstimator.LongTrendWindow"/>),
/// and the duration history of its idTag and charge point.
/// </summary>
public sealed record EstimationInput(
    DateTimeOffset StartedAt,
    DateTimeOffset Now,
    long? PowerW,
    IReadOnlyList<SocPoint> Soc,
    IReadOnlyList<EnergyPoint> Energy,
    DurationHistory? TagHistory,
    DurationHistory? StationHistory)
{
    /// <summary>The state of charge the estimate runs to: 100 % unless the EV or the driver set a lower target.</summary>
    public int TargetSocPercent { get; init; } = 100;
}
