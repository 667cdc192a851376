namespace EvDashboard.Core.Sessions.Estimation;

/// <summary>
/// Estimates when a running session ends. A pure function of what the ledger knows:
/// <list type="number">
/// <item>When the EV reports its state of charge: a least-squares line through the SoC samples of the last
/// <see cref="TrendWindow"/> (or <see cref="LongTrendWindow"/> when SoC rose less than <see cref="MinSocRise"/> points —
/// slow AC charging moves 1 % in several minutes) gives the rate in %/h. When the present power and the energy
/// register are known, the rate is scaled by present power ÷ the window's average power, so a charger that was just
/// throttled, or a car that just started to taper, shows at once. From the latest SoC to the target the rate then
/// follows a <see cref="TaperProfile"/> (DC above <see cref="AlternatingCurrentLimitW"/>, else AC).</item>
/// <item>Otherwise, when the idTag has at least <see cref="MinHistorySessions"/> past sessions: start + their average duration.</item>
/// <item>Otherwise the same from the charge point's past sessions.</item>
/// <item>Otherwise: not enough data.</item>
/// </list>
/// A session whose EV draws no power (suspended, or full) has no trend to extrapolate, so it falls back to the averages.
/// </summary>
public static class EndTimeEstimator
{
    public static readonly TimeSpan TrendWindow = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan LongTrendWindow = TimeSpan.FromMinutes(90);

    /// <summary>A trend needs samples spanning at least this long, so a single step of the SoC is not read as a rate.</summary>
    public static readonly TimeSpan MinTrendSpan = TimeSpan.FromMinutes(3);

    /// <summary>An estimate further out than this is a stalled trend, not a forecast.</summary>
    public static readonly TimeSpan MaxHorizon = TimeSpan.FromHours(24);

    public const int MinSocRise = 2;

    public const int MinHistorySessions = 3;

    /// <summary>The most an AC charge point delivers (three phases, 32 A, 230 V); more is DC.</summary>
    public const long AlternatingCurrentLimitW = 22_000;

    public static EndTimeEstimate Estimate(EstimationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return FromSocTrend(input)
            ?? FromHistory(input.TagHistory, EstimateBasis.TagAverage, input.StartedAt)
            ?? FromHistory(input.StationHistory, EstimateBasis.StationAverage, input.StartedAt)
            ?? EndTimeEstimate.None;
    }

    private static EndTimeEstimate? FromSocTrend(EstimationInput input)
    {
        if (input.Soc.Count == 0)
        {
            return null;
        }

        var latest = input.Soc[^1];
        var target = Math.Clamp(input.TargetSocPercent, 1, 100);
        if (latest.Percent >= target)
        {
            return new EndTimeEstimate(input.Now, EstimateBasis.SocTrend) { SocRatePercentPerHour = 0, TargetSocPercent = target };
        }

        if (input.PowerW is <= 0)
        {
            return null;
        }

        var window = Window(input.Soc, TrendWindow);
        if (!IsUsable(window))
        {
            window = Window(input.Soc, LongTrendWindow);
            if (!IsUsable(window))
            {
                return null;
            }
        }

        var slope = SlopePerHour(window);
        if (slope <= 0)
        {
            return null;
        }

        // Without a power reading the fitted rate belongs to the middle of the window; with one, to now.
        var rate = slope;
        var referenceSoc = window.Average(p => p.Percent);
        var averagePowerW = AveragePowerW(input.Energy, window[0].At, latest.At);
        if (input.PowerW is { } powerW && averagePowerW is > 0)
        {
            rate = slope * Math.Clamp(powerW / averagePowerW.Value, 0.2, 3);
            referenceSoc = latest.Percent;
        }

        var profile = (input.PowerW ?? averagePowerW) > AlternatingCurrentLimitW ? TaperProfile.DirectCurrent : TaperProfile.AlternatingCurrent;
        var hours = profile.Hours(latest.Percent, target, rate / profile.Factor(referenceSoc));
        if (double.IsNaN(hours) || hours > MaxHorizon.TotalHours)
        {
            return null;
        }

        return new EndTimeEstimate(input.Now + TimeSpan.FromHours(hours), EstimateBasis.SocTrend)
        {
            SocRatePercentPerHour = rate,
            TargetSocPercent = target,
        };
    }

    private static EndTimeEstimate? FromHistory(DurationHistory? history, EstimateBasis basis, DateTimeOffset startedAt) =>
        history is { SessionCount: >= MinHistorySessions } h && h.AverageDuration > TimeSpan.Zero
            ? new EndTimeEstimate(startedAt + h.AverageDuration, basis) { SessionCount = h.SessionCount }
            : null;

    private static List<SocPoint> Window(IReadOnlyList<SocPoint> points, TimeSpan span)
    {
        var from = points[^1].At - span;
        return points.Where(p => p.At >= from).ToList();
    }

    private static bool IsUsable(List<SocPoint> window) =>
        window.Count >= 2
        && window[^1].At - window[0].At >= MinTrendSpan
        && window[^1].Percent - window.Min(p => p.Percent) >= MinSocRise;

    /// <summary>Least-squares slope of SoC over time, in percent per hour.</summary>
    private static double SlopePerHour(List<SocPoint> window)
    {
        var origin = window[0].At;
        var meanX = window.Average(p => (p.At - origin).TotalHours);
        var meanY = window.Average(p => p.Percent);
        double covariance = 0, variance = 0;
        foreach (var point in window)
        {
            var dx = (point.At - origin).TotalHours - meanX;
            covariance += dx * (point.Percent - meanY);
            variance += dx * dx;
        }

        return variance > 0 ? covariance / variance : 0;
    }

    /// <summary>The average power between two instants from the energy register (the register only rises, so first and last suffice).</summary>
    private static double? AveragePowerW(IReadOnlyList<EnergyPoint> energy, DateTimeOffset from, DateTimeOffset to)
    {
        var inWindow = energy.Where(e => e.At >= from && e.At <= to).ToList();
        if (inWindow.Count < 2)
        {
            return null;
        }

        var hours = (inWindow[^1].At - inWindow[0].At).TotalHours;
        var wh = inWindow[^1].Wh - inWindow[0].Wh;
        return hours > 0 && wh >= 0 ? wh / hours : null;
    }
}
