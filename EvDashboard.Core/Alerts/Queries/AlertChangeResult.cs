namespace EvDashboard.Core.Alerts.Queries;

/// <summary>What an administration change did, with a message in words an operator can act on.</summary>
public sealed record AlertChangeResult(AlertChangeOutcome Outcome, string Message)
{
    public bool Succeeded => Outcome == AlertChangeOutcome.Changed;

    public static AlertChangeResult Changed(string message) => new(AlertChangeOutcome.Changed, message);

    public static AlertChangeResult NotFound(string message) => new(AlertChangeOutcome.NotFound, message);

    public static AlertChangeResult Invalid(string message) => new(AlertChangeOutcome.Invalid, message);

    public static AlertChangeResult Conflict(string message) => new(AlertChangeOutcome.Conflict, message);
}
