namespace EvDashboard.Core.Audit.Queries;

/// <summary>
/// Which audit entries to show: a UTC interval [<see cref="From"/>, <see cref="Until"/>), and case-insensitive
/// text matches (actor and target contain, action starts with). Null or blank means "any".
/// </summary>
public sealed record AuditFilter
{
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? Until { get; init; }

    public string? Actor { get; init; }

    public string? ActionPrefix { get; init; }

    public string? Target { get; init; }

    public AuditResult? Result { get; init; }
}
