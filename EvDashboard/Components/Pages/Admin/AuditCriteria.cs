using System.Globalization;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Audit.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace EvDashboard.Components.Pages.Admin;

/// <summary>
/// The audit log's filters as the page sets them (local dates of the site, both inclusive) and as the CSV link
/// carries them: <c>?from=2026-11-01&amp;to=2026-11-30&amp;actor=ana&amp;action=user.&amp;target=CP-1&amp;result=failed</c>.
/// </summary>
public sealed record AuditCriteria
{
    private const string DateFormat = "yyyy-MM-dd";

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Actor { get; init; }

    public string? Action { get; init; }

    public string? Target { get; init; }

    public AuditResult? Result { get; init; }

    public AuditFilter ToFilter(SiteClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new AuditFilter
        {
            From = From is { } from ? clock.StartOfLocalDate(from) : null,
            Until = To is { } to ? clock.StartOfLocalDate(to.AddDays(1)) : null,
            Actor = Blank(Actor),
            ActionPrefix = Blank(Action),
            Target = Blank(Target),
            Result = Result,
        };
    }

    public string ToQueryString()
    {
        var query = new Dictionary<string, string?>
        {
            ["from"] = From?.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["to"] = To?.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["actor"] = Blank(Actor),
            ["action"] = Blank(Action),
            ["target"] = Blank(Target),
            ["result"] = Result?.ToString().ToLowerInvariant(),
        };
        return QueryHelpers.AddQueryString(string.Empty, query.Where(p => p.Value is not null));
    }

    /// <summary>Unreadable values are ignored (an unfiltered field), never an error: the link may have been edited by hand.</summary>
    public static AuditCriteria Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = (query ?? []).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new AuditCriteria
        {
            From = Date(values.GetValueOrDefault("from")),
            To = Date(values.GetValueOrDefault("to")),
            Actor = Blank(values.GetValueOrDefault("actor")),
            Action = Blank(values.GetValueOrDefault("action")),
            Target = Blank(values.GetValueOrDefault("target")),
            Result = ResultOf(values.GetValueOrDefault("result")),
        };
    }

    /// <summary>By name only: Enum.TryParse would also take "7" or "0,1".</summary>
    private static AuditResult? ResultOf(string? text) =>
        Enum.GetValues<AuditResult>().Select(r => (AuditResult?)r).FirstOrDefault(r => string.Equals(r.ToString(), text, StringComparison.OrdinalIgnoreCase));

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
