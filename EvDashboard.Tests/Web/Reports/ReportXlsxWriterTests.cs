using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EvDashboard.Reports;

namespace EvDashboard.Tests.Web.Reports;

public sealed class ReportXlsxWriterTests
{
    [Fact]
    public async Task WriteAsync_Report_HeaderWidthsTypedCellsAndTotal()
    {
        using var stream = await WriteAsync();

        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        Assert.Equal(["Report", "About"], workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var sheet = Sheet(workbook, "Report");
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(33, rows.Count);
        Assert.Equal(["Day", "Busiest station", "Sessions", "Energy (kWh)", "Gross (EUR)", "Gross before (EUR)", "Share charging (%)"], rows[0].Elements<Cell>().Select(Text));
        Assert.All(rows[0].Elements<Cell>(), cell => Assert.True(IsBold(workbook, cell)));
        var widths = sheet.GetFirstChild<Columns>()!.Elements<Column>().ToList();
        Assert.Equal(7, widths.Count);
        Assert.All(widths, column => Assert.True(column.Width!.Value >= 8 && column.CustomWidth!.Value));
        Assert.True(widths[1].Width!.Value > widths[2].Width!.Value);
    }

    [Fact]
    public async Task WriteAsync_Report_NumbersAndDatesAreNumericWithFormats()
    {
        using var stream = await WriteAsync();

        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var row = Sheet(workbook, "Report").GetFirstChild<SheetData>()!.Elements<Row>().ElementAt(1);
        var cells = row.Elements<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal(CellValues.InlineString, cells["B2"].DataType!.Value);
        Assert.Equal("=CP-01, Main \"Hall\"", Text(cells["B2"]));
        foreach (var (reference, format) in new[] { ("A2", "yyyy-mm-dd"), ("C2", "#,##0"), ("D2", "#,##0.000"), ("E2", "#,##0.00"), ("G2", "0.0") })
        {
            Assert.Null(cells[reference].DataType);
            Assert.Equal(format, FormatCode(workbook, cells[reference]));
        }

        Assert.Equal(new DateOnly(2026, 10, 1).DayNumber - new DateOnly(1899, 12, 30).DayNumber, int.Parse(cells["A2"].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(12.345m, Number(cells["D2"]));
        Assert.False(cells.ContainsKey("F2"));
    }

    [Fact]
    public async Task WriteAsync_Report_TotalRowIsBoldSumAndHeaderFrozenWithFilter()
    {
        using var stream = await WriteAsync();

        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = Sheet(workbook, "Report");
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var total = rows[^1].Elements<Cell>().ToDictionary(c => c.CellReference!.Value![..1]);
        Assert.Equal("Total", Text(total["A"]));
        foreach (var column in new[] { "C", "D", "E", "F" })
        {
            var sum = rows.Skip(1).Take(31).SelectMany(r => r.Elements<Cell>()).Where(c => c.CellReference!.Value!.StartsWith(column, StringComparison.Ordinal)).Sum(Number);
            Assert.Equal(sum, Number(total[column]));
            Assert.True(IsBold(workbook, total[column]));
        }

        var pane = sheet.GetFirstChild<SheetViews>()!.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, "A2"), (pane.State!.Value, pane.TopLeftCell!.Value));
        Assert.Equal("A1:G32", sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        var about = Sheet(workbook, "About").Descendants<Cell>().Select(Text).ToList();
        Assert.Contains("Revenue by day", about);
        Assert.Contains("Gross revenue", about);
        Assert.Contains("2026-11-21 18:00 (Europe/Berlin)", about);
    }

    [Fact]
    public async Task WriteAsync_NonSeekableOutput_SameWorkbook()
    {
        using var target = new MemoryStream();
        await using var forwardOnly = new ForwardOnlyStream(target);

        await new ReportXlsxWriter(ReportTestData.Clock()).WriteAsync(ReportTestData.OctoberReport, forwardOnly, CancellationToken.None);

        target.Position = 0;
        using var document = SpreadsheetDocument.Open(target, isEditable: false);
        Assert.Equal(33, Sheet(document.WorkbookPart!, "Report").Descendants<Row>().Count());
    }

    private static async Task<MemoryStream> WriteAsync()
    {
        var stream = new MemoryStream();
        await new ReportXlsxWriter(ReportTestData.Clock()).WriteAsync(ReportTestData.OctoberReport, stream, CancellationToken.None);
        stream.Position = 0;
        return stream;
    }

    private static Worksheet Sheet(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    private static decimal Number(Cell cell) => decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static CellFormat Format(WorkbookPart workbook, Cell cell) =>
        workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static bool IsBold(WorkbookPart workbook, Cell cell) =>
        workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(workbook, cell).FontId!.Value).Bold is not null;

    private static string FormatCode(WorkbookPart workbook, Cell cell)
    {
        var id = Format(workbook, cell).NumberFormatId!.Value;
        return workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!;
    }
}
