using System.Globalization;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>
/// The history's filters as the operator sets them — local dates of the site, both inclusive — and as they
/// travel in a URL (the page's address and the CSV link share one format:
/// <c>?from=2026-11-01&amp;to=2026-11-30&amp;station=CP-1&amp;tag=04A1&amp;match=prefix&amp;status=completed&amp;sort=energy&amp;dir=desc</c>).
/// </summary>
public sealed record SessionHistoryCriteria
{
    private const string DateFormat = "yyyy-MM-dd";

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Station { get; init; }

    public string? Tag { get; init; }

    public bool TagPrefix { get; init; }

    public SessionStatus? Status { get; init; }

    public SessionHistorySort Sort { get; init; } = SessionHistorySort.Newest;

    /// <summary>The UTC bounds of the site's days: from the start of <see cref="From"/> to the start of the day after <see cref="To"/>.</summary>
    public SessionHistoryFilter ToFilter(SiteClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new SessionHistoryFilter
        {
            From = From is { } from ? clock.StartOfLocalDate(from) : null,
            Until = To is { } to ? clock.StartOfLocalDate(to.AddDays(1)) : null,
            ChargePointId = Blank(Station),
            IdTag = Blank(Tag),
            IdTagPrefix = TagPrefix,
            Status = Status,
        };
    }

    public string ToQueryString()
    {
        var query = new Dictionary<string, string?>
        {
            ["from"] = From?.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["to"] = To?.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["station"] = Blank(Station),
            ["tag"] = Blank(Tag),
            ["match"] = Blank(Tag) is not null && TagPrefix ? "prefix" : null,
            ["status"] = Status?.ToString().ToLowerInvariant(),
            ["sort"] = Sort == SessionHistorySort.Newest ? null : SortName(Sort.By),
            ["dir"] = Sort == SessionHistorySort.Newest ? null : Sort.Descending ? "desc" : "asc",
        };
        return QueryHelpers.AddQueryString(string.Empty, query.Where(p => p.Value is not null));
    }

    /// <summary>Reads the URL format; anything unreadable is ignored rather than failing the page or the export.</summary>
    public static SessionHistoryCriteria Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new SessionHistoryCriteria
        {
            From = Date(values.GetValueOrDefault("from")),
            To = Date(values.GetValueOrDefault("to")),
            Station = Blank(values.GetValueOrDefault("station")),
            Tag = Blank(values.GetValueOrDefault("tag")),
            TagPrefix = string.Equals(values.GetValueOrDefault("match"), "prefix", StringComparison.OrdinalIgnoreCase),
            Status = Enum.TryParse<SessionStatus>(values.GetValueOrDefault("status"), ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null,
            Sort = new SessionHistorySort(
                ParseSort(values.GetValueOrDefault("sort")),
                !string.Equals(values.GetValueOrDefault("dir"), "asc", StringComparison.OrdinalIgnoreCase)),
        };
    }

    public static string SortName(SessionHistoryOrder order) => order switch
    {
        SessionHistoryOrder.EndedAt => "ended",
        SessionHistoryOrder.Energy => "energy",
        SessionHistoryOrder.Duration => "duration",
        _ => "started",
    };

    private static SessionHistoryOrder ParseSort(string? value) => value?.ToLowerInvariant() switch
    {
        "ended" => SessionHistoryOrder.EndedAt,
        "energy" => SessionHistoryOrder.Energy,
        "duration" => SessionHistoryOrder.Duration,
        _ => SessionHistoryOrder.StartedAt,
    };

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
