namespace EvDashboard.Core.Ocpp.Commands;

/// <summary>What became of a server-initiated call: the charger's answer payload, its CALLERROR, a timeout, or offline.</summary>
public sealed record CommandResult(CommandOutcome Outcome, string? ResponseJson, string? ErrorCode, string? ErrorDescription)
{
    public static CommandResult Offline(string why) => new(CommandOutcome.Offline, null, null, why);

    public static CommandResult TimedOut(TimeSpan after) => new(CommandOutcome.Timeout, null, null, $"No answer within {after.TotalSeconds:0.#} s.");
}
