using System.Globalization;
using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Components.Pages.Reports;

/// <summary>How report values read on a page: invariant numbers with thousands separators and the column's decimals, dates as "3 Nov 2026".</summary>
internal static class ReportText
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Value(object? value, ReportColumn column) => value switch
    {
        null => "—",
        DateOnly date => Date(date),
        DateTime dateTime => Date(DateOnly.FromDateTime(dateTime)),
        string text => text,
        long count => count.ToString("N0", Culture),
        int count => count.ToString("N0", Culture),
        decimal number => Number(number, column.Decimals),
        double number => number.ToString("N" + column.Decimals.ToString(Culture), Culture),
        _ => Convert.ToString(value, Culture) ?? string.Empty,
    };

    public static string Number(decimal value, int decimals) => value.ToString("N" + decimals.ToString(Culture), Culture);

    /// <summary>A number with its unit: "1,234.50 EUR", "45.3 %", "812.000 kWh".</summary>
    public static string WithUnit(decimal value, int decimals, string? unit) =>
        string.IsNullOrEmpty(unit) ? Number(value, decimals) : $"{Number(value, decimals)} {unit}";

    /// <summary>A column heading with its unit in brackets, so cells carry bare numbers.</summary>
    public static string Heading(ReportColumn column) => string.IsNullOrEmpty(column.Unit) ? column.Title : $"{column.Title} ({column.Unit})";

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    public static string Range(DateOnly from, DateOnly to) => from == to ? Date(from) : $"{Date(from)} – {Date(to)}";

    public static bool IsNumeric(ReportColumn column) => column.Kind is ReportValueKind.Count or ReportValueKind.Number or ReportValueKind.Percent;

    /// <summary>A value as a chart needs it; text, dates and "no value" are 0.</summary>
    public static double ChartValue(object? value) => value switch
    {
        decimal number => (double)number,
        long count => count,
        int count => count,
        double number => number,
        _ => 0d,
    };
}
