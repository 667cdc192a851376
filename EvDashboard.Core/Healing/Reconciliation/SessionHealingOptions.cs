using System.ComponentModel.DataAnnotations;
using EvDashboard.Core.Healing.Continuation;

namespace EvDashboard.Core.Healing.Reconciliation;

/// <summary>Healing:Sessions — the stuck-session reconciler and session continuation.</summary>
public sealed class SessionHealingOptions : IValidatableObject
{
    public const string Section = "Healing:Sessions";

    /// <summary>How long an interrupted session (or a connector Available after Finishing) waits for a late StopTransaction before it is closed.</summary>
    [Range(0, 1440)]
    public int StuckGraceMinutes { get; set; } = 2;

    /// <summary>An Active session older than this lost its stop: no real charge lasts that long.</summary>
    [Range(1, 720)]
    public int MaxSessionHours { get; set; } = 48;

    /// <summary>How often the reconciler looks for stuck sessions (it also runs soon after boots and status changes).</summary>
    [Range(5, 3600)]
    public int PassIntervalSeconds { get; set; } = 30;

    public ContinuationOptions Continuation { get; set; } = new();

    public TimeSpan StuckGrace => TimeSpan.FromMinutes(StuckGraceMinutes);

    public TimeSpan MaxSession => TimeSpan.FromHours(MaxSessionHours);

    // DataAnnotations does not look into nested objects: the continuation's ranges are checked here.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Continuation, new ValidationContext(Continuation), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"Continuation: {r.ErrorMessage}", r.MemberNames.Select(m => $"Continuation.{m}")));
    }
}
