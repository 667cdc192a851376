using System.Globalization;
using CsvHelper;
using EvDashboard.Reports;

namespace EvDashboard.Tests.Web.Reports;

public sealed class ReportCsvWriterTests
{
    [Fact]
    public async Task WriteAsync_Report_ReadsBackWithUnitsValuesAndTotal()
    {
        var report = ReportTestData.OctoberReport;
        using var stream = new MemoryStream();

        await new ReportCsvWriter().WriteAsync(report, stream, CancellationToken.None);

        stream.Position = 0;
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        Assert.True(await csv.ReadAsync());
        csv.ReadHeader();
        Assert.Equal(["Day", "Busiest station", "Sessions", "Energy (kWh)", "Gross (EUR)", "Gross before (EUR)", "Share charging (%)"], csv.HeaderRecord!);
        var lines = new List<string[]>();
        while (await csv.ReadAsync())
        {
            lines.Add(Enumerable.Range(0, 7).Select(i => csv.GetField(i)!).ToArray());
        }

        Assert.Equal(32, lines.Count);
        Assert.Equal(["2026-10-01", "'=CP-01, Main \"Hall\"", "1", "12.345", "10.50", "", "0.0"], lines[0]);
        Assert.Equal(["2026-10-31", "'=CP-01, Main \"Hall\"", "31", "382.695", "325.50", "277.50", "28.6"], lines[30]);
        for (var i = 0; i < 31; i++)
        {
            Assert.Equal((decimal)report.Rows[i].Values[4]!, decimal.Parse(lines[i][4], CultureInfo.InvariantCulture));
        }

        var total = lines[^1];
        Assert.Equal("Total", total[0]);
        Assert.Equal(lines.Take(31).Sum(l => decimal.Parse(l[4], CultureInfo.InvariantCulture)), decimal.Parse(total[4], CultureInfo.InvariantCulture));
        Assert.Equal(lines.Take(31).Sum(l => long.Parse(l[2], CultureInfo.InvariantCulture)), long.Parse(total[2], CultureInfo.InvariantCulture));
        Assert.Equal("", total[6]);
    }
}
