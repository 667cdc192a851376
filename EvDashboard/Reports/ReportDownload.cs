using System.Globalization;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Reports;

/// <summary>What the API and the page export endpoints share: reading a report URL, and the writer for each format.</summary>
internal sealed class ReportDownload(IEnumerable<IReportWriter> writers, SiteClock clock)
{
    public const int DefaultStationCount = 5;

    public const int MaxStationCount = 50;

    private readonly Dictionary<ReportFormat, IReportWriter> _writers = writers.ToDictionary(w => w.Format);

    /// <summary>The site's local date: the default range ends today there.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.ToLocal(clock.UtcNow).DateTime);

    public ReportQuery Read(string report, IQueryCollection query, IReadOnlyList<ReportFormat> formats, ReportFormat fallback)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!ReportRequestParser.TryParseKind(report, out var kind))
        {
            return ReportQuery.Fail(ReportQuery.UnknownReport(report));
        }

        var parsed = ReportRequestParser.Parse(kind, name => Value(query, name), Today);
        if (parsed.Request is null)
        {
            return ReportQuery.Fail(ReportQuery.BadRequest(parsed.Error ?? "The report request is invalid."));
        }

        return ReportFormats.TryParse(Value(query, "format"), fallback, formats, out var format, out var error)
            ? new ReportQuery(parsed.Request, format, null)
            : ReportQuery.Fail(ReportQuery.BadRequest(error));
    }

    /// <summary>Only <c>from</c> and <c>to</c>, checked as for the reports (dates, order, length), for the heatmap and the ranking.</summary>
    public (DateOnly From, DateOnly To)? ReadRange(IQueryCollection query, out ProblemHttpResult? problem)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = ReportRequestParser.Parse(ReportKind.Energy, name => name is "from" or "to" ? Value(query, name) : null, Today);
        problem = parsed.Request is null ? ReportQuery.BadRequest(parsed.Error ?? "The range is invalid.") : null;
        return parsed.Request is { } request ? (request.From, request.To) : null;
    }

    public static bool TryMetric(string? value, out HeatmapMetric metric, out string error)
    {
        error = string.Empty;
        metric = HeatmapMetric.Energy;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (Enum.TryParse(value.Trim(), ignoreCase: true, out metric) && Enum.IsDefined(metric) && !int.TryParse(value, out _))
        {
            return true;
        }

        error = $"metric '{value}' is unknown; use energy, sessions or occupancy.";
        return false;
    }

    public static bool TryCount(string? value, out int count, out string error)
    {
        error = string.Empty;
        count = DefaultStationCount;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= MaxStationCount)
        {
            return true;
        }

        error = $"count '{value}' is not a whole number from 1 to {MaxStationCount}.";
        return false;
    }

    public ReportFileResult File(ReportResult report, ReportFormat format) => new(report, _writers[format]);

    private static string? Value(IQueryCollection query, string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
}
