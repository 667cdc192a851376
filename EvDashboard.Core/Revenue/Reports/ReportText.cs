using System.Globalization;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>The filter lines every report starts with, in words a manager reads (and a PDF prints).</summary>
internal static class ReportText
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Range(DateOnly first, DateOnly last) => $"{Date(first)} – {Date(last)}";

    public static string GroupingWords(ReportGrouping grouping) => grouping switch
    {
        ReportGrouping.ChargePoint => "charge point",
        ReportGrouping.Group => "idTag group",
        _ => grouping.ToString().ToLowerInvariant(),
    };

    public static List<string> Filters(ReportRequest request, string timeZone, string? chargePointName)
    {
        var days = request.Days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{request.Days} days");
        var lines = new List<string> { $"Range: {Range(request.From, request.To)} ({days})" };
        if (request.ComparisonRange is { } comparison)
        {
            lines.Add($"Compared with: {Range(comparison.From, comparison.To)}");
        }

        lines.Add($"Grouped by: {GroupingWords(request.GroupBy)}");
        if (request.ChargePointId is { } id)
        {
            lines.Add(string.IsNullOrWhiteSpace(chargePointName) ? $"Charge point: {id}" : $"Charge point: {id} ({chargePointName})");
        }

        lines.Add($"Times in {timeZone}");
        return lines;
    }
}
