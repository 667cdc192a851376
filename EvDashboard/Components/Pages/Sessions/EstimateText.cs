using System.Globalization;
using EvDashboard.Core.Sessions.Estimation;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>How an estimated end time is shown and explained (the tooltip says what it was worked out from).</summary>
internal static class EstimateText
{
    public static string Explain(EndTimeEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate.Basis switch
        {
            EstimateBasis.SocTrend when estimate.SocRatePercentPerHour is > 0 =>
                $"from SoC trend: +{Math.Round(estimate.SocRatePercentPerHour.Value).ToString(CultureInfo.InvariantCulture)} %/h now, to {estimate.TargetSocPercent} %, slower as the battery fills",
            EstimateBasis.SocTrend => $"from SoC trend: {estimate.TargetSocPercent} % reached",
            EstimateBasis.TagAverage => $"from this tag's average of {estimate.SessionCount} sessions",
            EstimateBasis.StationAverage => $"from this station's average of {estimate.SessionCount} sessions",
            _ => "not enough data: no SoC from the car and fewer than 3 past sessions of this tag or station",
        };
    }

    /// <summary>The end time in the site's zone to the minute (an estimate has no seconds), "now" once due, "—" without an estimate.</summary>
    public static string When(EndTimeEstimate estimate, DateTimeOffset now, Func<DateTimeOffset, DateTimeOffset> toLocal)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(toLocal);
        return estimate switch
        {
            { EndsAt: null } => "—",
            { EndsAt: { } at } when at <= now || IsFull(estimate) => "now",
            { EndsAt: { } at } => toLocal(at).ToString(toLocal(at).Date == toLocal(now).Date ? "HH:mm" : "d MMM HH:mm", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>"in 1 h 05 min" before the end; "battery full" at the SoC target; "longer than usual" once an average has passed.</summary>
    public static string? Remaining(EndTimeEstimate estimate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate.EndsAt switch
        {
            null => null,
            _ when IsFull(estimate) => "battery full",
            { } at when at - now >= TimeSpan.FromHours(1) => $"in {(int)(at - now).TotalHours} h {(at - now).Minutes:00} min",
            { } at when at - now >= TimeSpan.FromMinutes(1) => $"in {(int)Math.Round((at - now).TotalMinutes, MidpointRounding.AwayFromZero)} min",
            { } at when at > now => "in < 1 min",
            _ when estimate.Basis is EstimateBasis.TagAverage or EstimateBasis.StationAverage => "longer than usual",
            _ => null,
        };
    }

    private static bool IsFull(EndTimeEstimate estimate) => estimate is { Basis: EstimateBasis.SocTrend, SocRatePercentPerHour: 0 };

    public static string Icon(EstimateBasis basis) => basis switch
    {
        EstimateBasis.SocTrend => "battery_charging_full",
        EstimateBasis.TagAverage => "badge",
        EstimateBasis.StationAverage => "ev_station",
        _ => "help_outline",
    };
}
