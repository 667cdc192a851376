namespace EvDashboard.Core.Audit;

/// <summary>
/// One operator action and its result: who, when, what, on which target. Entries are only ever added;
/// the app has no code path that edits or deletes them.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActionLength = 60;

    public const int MaxTargetLength = 120;

    public const int MaxDetailsLength = 2000;

    private AuditEntry()
    {
        Actor = Action = Result = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, Actor actor, string action, string? target, AuditResult result, string? details, string? remoteAddress)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrEmpty(action);
        At = at;
        Actor = Truncate(actor.Name, Audit.Actor.MaxLength)!;
        Action = Truncate(action, MaxActionLength)!;
        Target = Truncate(target, MaxTargetLength);
        Result = result.ToString();
        Succeeded = result != AuditResult.Failed && result != AuditResult.Denied;
        Details = Truncate(details, MaxDetailsLength);
        RemoteAddress = Truncate(remoteAddress, 64);
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; }

    /// <summary>A dotted verb, e.g. <c>login.failed</c>, <c>idtag.update</c>, <c>command.Reset</c>.</summary>
    public string Action { get; private set; }

    public string? Target { get; private set; }

    public string Result { get; private set; }

    public bool Succeeded { get; private set; }

    public string? Details { get; private set; }

    public string? RemoteAddress { get; private set; }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
