using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Sites;

namespace EvDashboard.Reports;

/// <summary>
/// A report as an Excel workbook (DocumentFormat.OpenXml, rows written SAX-style with <see cref="OpenXmlWriter"/>):
/// sheet "Report" with a bold, frozen header row (titles with units), numbers and dates as real numbers with a
/// number format per column, widths from the content, an autofilter and a bold total row; sheet "About" with the
/// title, filters, headline figures and when it was made.
/// </summary>
internal sealed class ReportXlsxWriter(SiteClock clock) : IReportWriter
{
    private const double MinWidth = 8;

    private const double MaxWidth = 60;

    public ReportFormat Format => ReportFormat.Xlsx;

    public Task WriteAsync(ReportResult report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return SeekableOutput.WriteAsync(output, stream => Write(report, stream), cancellationToken);
    }

    private void Write(ReportResult report, Stream output)
    {
        var codes = report.Columns.Select(XlsxStyles.CodeOf).ToList();
        var styles = new XlsxStyles([.. codes, .. report.Figures.Select(f => XlsxStyles.WithDecimals("#,##0", f.Decimals)), XlsxStyles.WithDecimals("0", 1)]);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var stylesPart = workbook.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = styles.Build();
        stylesPart.Stylesheet.Save();
        var reportSheet = workbook.AddNewPart<WorksheetPart>();
        var lastColumn = XlsxCells.ColumnName(Math.Max(0, report.Columns.Count - 1));
        var lastRow = (report.Rows.Count + 1).ToString(CultureInfo.InvariantCulture);
        WriteReportSheet(reportSheet, report, codes, styles, $"A1:{lastColumn}{lastRow}");
        var aboutSheet = workbook.AddNewPart<WorksheetPart>();
        XlsxAboutSheet.Write(aboutSheet, report, clock, styles);
        workbook.Workbook = new Workbook(
            new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(reportSheet), SheetId = 1, Name = "Report" },
                new Sheet { Id = workbook.GetIdOfPart(aboutSheet), SheetId = 2, Name = "About" }),
            new DefinedNames(new DefinedName { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true, Text = $"'Report'!$A$1:${lastColumn}${lastRow}" }));
        workbook.Workbook.Save();
    }

    /// <param name="filtered">The autofilter's range: the header and the rows, not the total.</param>
    private static void WriteReportSheet(WorksheetPart part, ReportResult report, List<string> codes, XlsxStyles styles, string filtered)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeader());
        writer.WriteElement(Widths(report));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, report.Columns.Select(c => (object?)ReportCells.Header(c)).ToList(), _ => XlsxStyles.BoldText);
        var rowNumber = 1;
        foreach (var row in report.Rows)
        {
            WriteRow(writer, ++rowNumber, row.Values, i => styles.Regular(codes[i]));
        }

        if (report.Total is { } total)
        {
            WriteRow(writer, ++rowNumber, ReportCells.TotalValues(total), i => styles.Bold(codes[i]));
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = filtered });
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int rowNumber, IReadOnlyList<object?> values, Func<int, uint> style)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)rowNumber });
        for (var i = 0; i < values.Count; i++)
        {
            if (XlsxCells.Value(XlsxCells.Reference(i, rowNumber), values[i], style(i)) is { } cell)
            {
                writer.WriteElement(cell);
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>Row 1 stays in view while scrolling.</summary>
    private static SheetViews FrozenHeader() => new(
        new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { TabSelected = true, WorkbookViewId = 0U });

    /// <summary>Each column as wide as its longest header or value as shown (in characters, with room for the filter button).</summary>
    private static Columns Widths(ReportResult report)
    {
        var columns = new Columns();
        for (var i = 0; i < report.Columns.Count; i++)
        {
            var column = report.Columns[i];
            var longest = ReportCells.Header(column).Length + 3;
            foreach (var row in report.Rows.Append(report.Total).OfType<ReportRow>())
            {
                longest = Math.Max(longest, ReportCells.Display(i < row.Values.Count ? row.Values[i] : null, column).Length + 1);
            }

            var width = Math.Clamp(longest + 1, MinWidth, MaxWidth);
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }
}
