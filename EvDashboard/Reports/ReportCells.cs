using System.Globalization;
using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Reports;

/// <summary>How report values read as text and as numbers, the same in every export format.</summary>
internal static class ReportCells
{
    public const string TotalLabel = "Total";

    /// <summary>"Gross (EUR)", "Energy (kWh)"; a column without a unit keeps its bare title.</summary>
    public static string Header(ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return string.IsNullOrEmpty(column.Unit) ? column.Title : $"{column.Title} ({column.Unit})";
    }

    /// <summary>Machine text: invariant, '.' as decimal point, no grouping, exactly the column's decimals, dates yyyy-MM-dd.</summary>
    public static string Plain(object? value, ReportColumn column) => Format(value, column, grouped: false);

    /// <summary>Text for people (PDF): as <see cref="Plain"/> but with thousands separated ("12,345.60").</summary>
    public static string Display(object? value, ReportColumn column) => Format(value, column, grouped: true);

    /// <summary>The value as a number, for spreadsheets and charts; null for text, dates and empty cells.</summary>
    public static decimal? Number(object? value) => value switch
    {
        decimal d => d,
        long l => l,
        int i => i,
        double d => (decimal)d,
        _ => null,
    };

    /// <summary>The total row with "Total" in its first cell (where a period or name stands in the other rows).</summary>
    public static IReadOnlyList<object?> TotalValues(ReportRow total)
    {
        ArgumentNullException.ThrowIfNull(total);
        var values = total.Values.ToArray();
        if (values.Length > 0)
        {
            values[0] = TotalLabel;
        }

        return values;
    }

    private static string Format(object? value, ReportColumn column, bool grouped)
    {
        ArgumentNullException.ThrowIfNull(column);
        var pattern = (grouped ? "N" : "F") + (column.Kind == ReportValueKind.Count ? 0 : Math.Max(0, column.Decimals)).ToString(CultureInfo.InvariantCulture);
        return value switch
        {
            null => string.Empty,
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string text => text,
            _ when Number(value) is { } number => number.ToString(pattern, CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }
}
