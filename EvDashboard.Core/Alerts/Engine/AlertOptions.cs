using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Core.Alerts.Engine;

/// <summary>The "Alerts" section: how often the evaluator runs and how it treats a condition that clears or a session about to end.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>Seconds between evaluation passes (live events bring a pass sooner).</summary>
    [Range(1, 3600, ErrorMessage = "Alerts:EvaluateSeconds is 1..3600.")]
    public int EvaluateSeconds { get; set; } = 5;

    /// <summary>How long a fired condition must stay clear before its alert resolves, so a blip neither resolves nor re-fires.</summary>
    [Range(0, 86_400, ErrorMessage = "Alerts:ClearSeconds is 0..86400.")]
    public int ClearSeconds { get; set; } = 60;

    /// <summary>"Session about to end" also fires when the EV reports at least this state of charge.</summary>
    [Range(1, 100, ErrorMessage = "Alerts:SessionEndingSocPercent is 1..100.")]
    public int SessionEndingSocPercent { get; set; } = 80;

    /// <summary>
    /// At most this many alerts fire in one pass; the rest fire in the next passes. A first pass over a large history
    /// (thousands of overdue invoices) would otherwise hold the database writer, and every charge point's messages,
    /// for seconds.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Alerts:MaxRaisedPerPass is 1..100000.")]
    public int MaxRaisedPerPass { get; set; } = 500;
}
