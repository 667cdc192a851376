using EvDashboard.Core.Tariffs.Queries;

namespace EvDashboard.Components.Pages.Tariffs;

/// <summary>The sample session as the preview form edits it: kWh as typed, times in minutes.</summary>
public sealed class CostSample
{
    public DateTime LocalStart { get; set; }

    public decimal? Kwh { get; set; } = 22m;

    public int? ChargingMinutes { get; set; } = 60;

    public int? IdleMinutes { get; set; } = 45;

    /// <summary>kWh to whole Wh, rounded half away from zero: the register counts Wh.</summary>
    public CostPreviewInput ToInput() => new(
        LocalStart,
        (long)decimal.Round((Kwh ?? 0m) * 1000m, 0, MidpointRounding.AwayFromZero),
        ChargingMinutes ?? 0,
        IdleMinutes ?? 0);
}
