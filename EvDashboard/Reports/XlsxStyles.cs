using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Reports;

/// <summary>
/// The workbook's cell styles: one regular and one bold style per number format the report uses (money "#,##0.00",
/// kWh "#,##0.000", counts "#,##0", percent "0.0", dates "yyyy-mm-dd"). Index 0 is Excel's default, 1 is bold text.
/// </summary>
internal sealed class XlsxStyles
{
    public const string General = "General";

    public const uint BoldText = 1;

    /// <summary>Custom number formats start here; lower ids are Excel's built-in ones.</summary>
    private const uint FirstCustomFormatId = 164;

    private readonly List<string> _codes;

    public XlsxStyles(IEnumerable<string> formatCodes) => _codes = formatCodes.Distinct(StringComparer.Ordinal).ToList();

    public static string CodeOf(ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Kind switch
        {
            ReportValueKind.Date => "yyyy-mm-dd",
            ReportValueKind.Count => "#,##0",
            ReportValueKind.Number => WithDecimals("#,##0", column.Decimals),
            ReportValueKind.Percent => WithDecimals("0", column.Decimals),
            _ => General,
        };
    }

    public static string WithDecimals(string whole, int decimals) => decimals <= 0 ? whole : whole + "." + new string('0', decimals);

    public uint Regular(string code) => Index(code);

    public uint Bold(string code) => Index(code) + 1;

    public Stylesheet Build()
    {
        var formats = new NumberingFormats();
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true });
        for (var i = 0; i < _codes.Count; i++)
        {
            var formatId = _codes[i] == General ? 0 : FirstCustomFormatId + (uint)i;
            if (formatId != 0)
            {
                formats.Append(new NumberingFormat { NumberFormatId = formatId, FormatCode = _codes[i] });
            }

            foreach (var fontId in new uint[] { 0, 1 })
            {
                cellFormats.Append(new CellFormat
                {
                    NumberFormatId = formatId, FontId = fontId, FillId = 0, BorderId = 0, FormatId = 0,
                    ApplyNumberFormat = formatId != 0, ApplyFont = fontId != 0,
                });
            }
        }

        formats.Count = (uint)formats.ChildElements.Count;
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            formats,
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private uint Index(string code)
    {
        var i = _codes.IndexOf(code);
        return i < 0
            ? throw new ArgumentException($"The number format '{code}' was not registered.", nameof(code))
            : 2 + ((uint)i * 2);
    }
}
