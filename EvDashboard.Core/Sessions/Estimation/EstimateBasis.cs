namespace EvDashboard.Core.Sessions.Estimation;

/// <summary>What an estimated end time was worked out from, best first.</summary>
public enum EstimateBasis
{
    /// <summary>The state of charge the EV reports, rising at its recent rate (scaled to the present power), to the target.</summary>
    SocTrend,

    /// <summary>The average duration of the idTag's past completed sessions.</summary>
    TagAverage,

    /// <summary>The average duration of the charge point's past completed sessions.</summary>
    StationAverage,

    /// <summary>No SoC trend and too few past sessions to say anything.</summary>
    NotEnoughData,
}
