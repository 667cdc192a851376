using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EvDashboard.Reports;

/// <summary>Cells as Excel stores them: numbers and dates as numbers (dates as serial days with a date format), text inline.</summary>
internal static class XlsxCells
{
    /// <summary>Excel's day 0 (its serial numbers count from 1899-12-30, which absorbs the 1900 leap-year bug).</summary>
    private static readonly int EpochDayNumber = new DateOnly(1899, 12, 30).DayNumber;

    public static string Reference(int columnIndex, int rowNumber) => ColumnName(columnIndex) + rowNumber.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int columnIndex)
    {
        var name = string.Empty;
        for (var n = columnIndex + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public static Cell Text(string reference, string text, uint style) =>
        new(new InlineString(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
        };

    public static Cell Number(string reference, decimal number, uint style) =>
        new() { CellReference = reference, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)), StyleIndex = style };

    public static Cell Date(string reference, DateOnly date, uint style) => Number(reference, date.DayNumber - EpochDayNumber, style);

    /// <summary>A report value in its own type; null leaves the cell out (an empty cell, not a zero).</summary>
    public static Cell? Value(string reference, object? value, uint style) => value switch
    {
        null => null,
        DateOnly date => Date(reference, date, style),
        string text => Text(reference, text, style),
        _ when ReportCells.Number(value) is { } number => Number(reference, number, style),
        _ => Text(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, style),
    };
}
