namespace EvDashboard.Core.Sessions.Estimation;

/// <summary>
/// When a running session is expected to end, and from what. <see cref="EndsAt"/> is null only for
/// <see cref="EstimateBasis.NotEnoughData"/>; it may lie in the past when a session runs longer than the average.
/// </summary>
public sealed record EndTimeEstimate(DateTimeOffset? EndsAt, EstimateBasis Basis)
{
    public static readonly EndTimeEstimate None = new(null, EstimateBasis.NotEnoughData);

    /// <summary>For <see cref="EstimateBasis.TagAverage"/> and <see cref="EstimateBasis.StationAverage"/>: how many past sessions were averaged.</summary>
    public int SessionCount { get; init; }

    /// <summary>For <see cref="EstimateBasis.SocTrend"/>: the charge rate the estimate assumes now, in percent per hour.</summary>
    public double? SocRatePercentPerHour { get; init; }

    /// <summary>For <see cref="EstimateBasis.SocTrend"/>: the state of charge the estimate runs to.</summary>
    public int? TargetSocPercent { get; init; }
}
