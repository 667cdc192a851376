using System.Text.RegularExpressions;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Reports;
using EvDashboard.Tests.TestDoubles;
using EvDashboard.Tests.Web.Invoices;
using PdfSharp.Pdf.IO;

namespace EvDashboard.Tests.Web.Reports;

public sealed class ReportPdfWriterTests
{
    [Fact]
    public async Task WriteAsync_Report_ShowsTitleRangeFiltersTableAndTotal()
    {
        var text = await TextOfAsync(ReportTestData.OctoberReport);

        Assert.Contains("Revenue by day", text, StringComparison.Ordinal);
        Assert.Contains("2026-10-01 – 2026-10-31", text, StringComparison.Ordinal);
        Assert.Contains("Charge point: all", text, StringComparison.Ordinal);
        Assert.Contains("Gross (EUR)", text, StringComparison.Ordinal);
        Assert.Contains("Energy (kWh)", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"2026-10-31\s.*\s382\.695\s+325\.50\s+277\.50\s+28\.6"), text);
        Assert.Matches(new Regex(@"Total\s+496\s+6,123\.120\s+5,208\.00\s+3,265\.25"), text);
        Assert.Contains("5,208.00 EUR", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_LongReport_RepeatsHeaderOnEveryPageAndNumbersPages()
    {
        var quarter = ReportTestData.October with { From = new DateOnly(2026, 7, 1), To = new DateOnly(2026, 9, 30) };

        var text = await TextOfAsync(FakeReportQueries.Report(quarter));

        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.Contains("Gross (EUR)", page, StringComparison.Ordinal));
        Assert.Contains($"Page {pages.Count} of {pages.Count}", pages[^1], StringComparison.Ordinal);
        Assert.Contains("(continued)", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_WideReport_Landscape()
    {
        var report = ReportTestData.OctoberReport;
        var wide = report with { Columns = report.Columns.Select(c => c with { Title = c.Title + " over the whole chosen period" }).ToList() };

        using var narrow = await WriteAsync(report);
        using var broad = await WriteAsync(wide);

        using var portrait = PdfReader.Open(narrow, PdfDocumentOpenMode.Import);
        using var landscape = PdfReader.Open(broad, PdfDocumentOpenMode.Import);
        Assert.True(portrait.Pages[0].MediaBox.Width < portrait.Pages[0].MediaBox.Height);
        Assert.True(landscape.Pages[0].MediaBox.Width > landscape.Pages[0].MediaBox.Height);
    }

    [Fact]
    public async Task WriteAsync_EmptyRange_SaysSo()
    {
        var empty = ReportTestData.OctoberReport with { Rows = [], Total = null };

        var text = await TextOfAsync(empty);

        Assert.Contains("No data in this range.", text, StringComparison.Ordinal);
    }

    private static async Task<string> TextOfAsync(ReportResult report)
    {
        using var stream = await WriteAsync(report);
        return await PdfText.ExtractAsync(stream.ToArray());
    }

    private static async Task<MemoryStream> WriteAsync(ReportResult report)
    {
        var stream = new MemoryStream();
        await new ReportPdfWriter(ReportTestData.Clock()).WriteAsync(report, stream, CancellationToken.None);
        stream.Position = 0;
        return stream;
    }
}
