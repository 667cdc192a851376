using System.Globalization;
using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Reports;

/// <summary>Format names in URLs, their content types, and the download's file name.</summary>
internal static class ReportFormats
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Name(ReportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>Reads <paramref name="value"/> as one of <paramref name="allowed"/>; a blank value is <paramref name="fallback"/>.</summary>
    public static bool TryParse(string? value, ReportFormat fallback, IReadOnlyList<ReportFormat> allowed, out ReportFormat format, out string error)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        error = string.Empty;
        format = fallback;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        foreach (var candidate in allowed)
        {
            if (string.Equals(value.Trim(), Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        error = $"format '{value}' is unknown; use one of: {string.Join(", ", allowed.Select(Name))}.";
        return false;
    }

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Csv => "text/csv; charset=utf-8",
        ReportFormat.Xlsx => XlsxContentType,
        ReportFormat.Pdf => "application/pdf",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>"revenue-2026-10-01_2026-10-31.xlsx": the report and its range, so downloads of different months never collide.</summary>
    public static string FileName(ReportRequest request, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ReportRequest.KindName(request.Kind)}-{request.From:yyyy-MM-dd}_{request.To:yyyy-MM-dd}.{Name(format)}");
    }
}
