using System.Text.Json;
using EvDashboard.Reports;

namespace EvDashboard.Tests.Web.Reports;

public sealed class ReportJsonWriterTests
{
    [Fact]
    public async Task WriteAsync_Report_HasTheDocumentedShape()
    {
        using var stream = new MemoryStream();

        await new ReportJsonWriter().WriteAsync(ReportTestData.OctoberReport, stream, CancellationToken.None);

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(["title", "filters", "columns", "rows", "total", "figures", "chart"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Revenue by day", root.GetProperty("title").GetString());
        Assert.Equal(2, root.GetProperty("filters").GetArrayLength());
        var gross = root.GetProperty("columns")[4];
        Assert.Equal(("gross", "Gross", "Number", "EUR", 2), (gross.GetProperty("key").GetString(), gross.GetProperty("title").GetString(), gross.GetProperty("kind").GetString(), gross.GetProperty("unit").GetString(), gross.GetProperty("decimals").GetInt32()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("columns")[0].GetProperty("unit").ValueKind);
        var first = root.GetProperty("rows")[0];
        Assert.Equal("2026-10-01", first.GetProperty("day").GetString());
        Assert.Equal(1, first.GetProperty("sessions").GetInt64());
        Assert.Equal(10.5m, first.GetProperty("gross").GetDecimal());
        Assert.Equal(12.345m, first.GetProperty("energy").GetDecimal());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("grossPrevious").ValueKind);
        Assert.Equal(31, root.GetProperty("rows").GetArrayLength());
        Assert.Equal(5208m, root.GetProperty("total").GetProperty("gross").GetDecimal());
        var figure = root.GetProperty("figures")[0];
        Assert.Equal(100m, figure.GetProperty("previous").GetDecimal());
        Assert.Equal(5108m, figure.GetProperty("changePercent").GetDecimal());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("figures")[1].GetProperty("changePercent").ValueKind);
        Assert.Equal("Bar", root.GetProperty("chart").GetProperty("kind").GetString());
        Assert.Equal("day", root.GetProperty("chart").GetProperty("labelColumn").GetString());
        Assert.Equal(["gross", "grossPrevious"], root.GetProperty("chart").GetProperty("seriesColumns").EnumerateArray().Select(e => e.GetString()));
    }
}
