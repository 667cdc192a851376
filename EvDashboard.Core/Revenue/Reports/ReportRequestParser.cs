using System.Globalization;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// Reads a report request from query parameters: <c>from</c>, <c>to</c> (yyyy-MM-dd, site-local, inclusive; default
/// the last 30 days up to today), <c>groupBy</c> (default day), <c>compare</c> (none|previous|lastYear) and
/// <c>chargePointId</c>. Every refusal names the parameter and what is allowed.
/// </summary>
public static class ReportRequestParser
{
    public const int DefaultDays = 30;

    public static bool TryParseKind(string? value, out ReportKind kind)
    {
        foreach (var candidate in Enum.GetValues<ReportKind>())
        {
            if (string.Equals(value, ReportRequest.KindName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <param name="query">Returns a parameter's value, or null when absent.</param>
    /// <param name="today">The site's local date, for the default range.</param>
    public static ReportParseResult Parse(ReportKind kind, Func<string, string?> query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!TryDate(query("to"), today, "to", out var to, out var error) || !TryDate(query("from"), to.AddDays(1 - DefaultDays), "from", out var from, out error))
        {
            return ReportParseResult.Fail(error);
        }

        if (from > to)
        {
            return ReportParseResult.Fail($"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}); the range needs from ≤ to.");
        }

        if (to.DayNumber - from.DayNumber + 1 > ReportRequest.MaxDays)
        {
            return ReportParseResult.Fail($"The range from {from:yyyy-MM-dd} to {to:yyyy-MM-dd} is longer than {ReportRequest.MaxDays} days; choose a shorter range.");
        }

        if (!TryGrouping(kind, query("groupBy"), out var grouping, out error) || !TryComparison(query("compare"), out var comparison, out error))
        {
            return ReportParseResult.Fail(error);
        }

        var chargePointId = query("chargePointId");
        return ReportParseResult.Ok(new ReportRequest(kind, from, to, grouping, comparison, string.IsNullOrWhiteSpace(chargePointId) ? null : chargePointId.Trim()));
    }

    private static bool TryDate(string? value, DateOnly fallback, string name, out DateOnly date, out string error)
    {
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(value))
        {
            date = fallback;
            return true;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        error = $"{name} '{value}' is not a date; use yyyy-MM-dd (e.g. 2026-10-01).";
        return false;
    }

    private static bool TryGrouping(ReportKind kind, string? value, out ReportGrouping grouping, out string error)
    {
        error = string.Empty;
        var allowed = ReportRequest.GroupingsOf(kind);
        grouping = ReportGrouping.Day;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        foreach (var candidate in allowed)
        {
            if (string.Equals(value.Trim(), ReportRequest.GroupingName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                grouping = candidate;
                return true;
            }
        }

        var names = string.Join(", ", allowed.Select(ReportRequest.GroupingName));
        error = $"groupBy '{value}' is not available for the {ReportRequest.KindName(kind)} report; use one of: {names}.";
        return false;
    }

    private static bool TryComparison(string? value, out ReportComparison comparison, out string error)
    {
        error = string.Empty;
        comparison = ReportComparison.None;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<ReportComparison>())
        {
            if (string.Equals(value.Trim(), ReportRequest.ComparisonName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                comparison = candidate;
                return true;
            }
        }

        error = $"compare '{value}' is unknown; use none, previous or lastYear.";
        return false;
    }
}
