using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Tests.Core.Revenue.Reports;

public sealed class ReportRequestParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void Parse_AllParameters_ReadsThemAndWritesThemBack()
    {
        var query = Query(("from", "2026-10-01"), ("to", "2026-10-31"), ("groupBy", "chargePoint"), ("compare", "lastYear"), ("chargePointId", " CP 1 "));

        var result = ReportRequestParser.Parse(ReportKind.Revenue, query, Today);

        Assert.Null(result.Error);
        Assert.Equal(new ReportRequest(ReportKind.Revenue, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), ReportGrouping.ChargePoint, ReportComparison.PreviousYear, "CP 1"), result.Request);
        Assert.Equal("from=2026-10-01&to=2026-10-31&groupBy=chargePoint&compare=lastYear&chargePointId=CP%201", result.Request!.ToQuery());
        Assert.Equal(result.Request, ReportRequestParser.Parse(ReportKind.Revenue, Query(Pairs(result.Request.ToQuery())), Today).Request);
    }

    [Fact]
    public void Parse_Nothing_LastThirtyDaysByDayWithoutComparison()
    {
        var result = ReportRequestParser.Parse(ReportKind.Energy, Query(), Today);

        Assert.Equal(new ReportRequest(ReportKind.Energy, new DateOnly(2026, 10, 23), Today, ReportGrouping.Day), result.Request);
        Assert.Equal(30, result.Request!.Days);
    }

    [Fact]
    public void Parse_OnlyTo_ThirtyDaysEndingThen()
    {
        var result = ReportRequestParser.Parse(ReportKind.Revenue, Query(("to", "2026-03-01"), ("groupBy", "WEEK"), ("compare", "previous")), Today);

        Assert.Equal(new ReportRequest(ReportKind.Revenue, new DateOnly(2026, 1, 31), new DateOnly(2026, 3, 1), ReportGrouping.Week, ReportComparison.PreviousPeriod), result.Request);
    }

    [Theory]
    [InlineData("from", "2026-13-01", "from '2026-13-01' is not a date; use yyyy-MM-dd (e.g. 2026-10-01).")]
    [InlineData("to", "yesterday", "to 'yesterday' is not a date; use yyyy-MM-dd (e.g. 2026-10-01).")]
    [InlineData("from", "2026-11-22", "from (2026-11-22) is after to (2026-11-21); the range needs from ≤ to.")]
    [InlineData("from", "2023-11-20", "The range from 2023-11-20 to 2026-11-21 is longer than 1097 days; choose a shorter range.")]
    [InlineData("groupBy", "hour", "groupBy 'hour' is not available for the revenue report; use one of: day, week, month, site, chargePoint, connector, tariff, group.")]
    [InlineData("compare", "yesterday", "compare 'yesterday' is unknown; use none, previous or lastYear.")]
    public void Parse_BadParameter_SaysWhatIsWrong(string name, string value, string error)
    {
        var result = ReportRequestParser.Parse(ReportKind.Revenue, Query((name, value)), Today);

        Assert.Null(result.Request);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void Parse_TariffForUtilisation_IsNotOffered()
    {
        var result = ReportRequestParser.Parse(ReportKind.Utilisation, Query(("groupBy", "tariff")), Today);

        Assert.Equal("groupBy 'tariff' is not available for the utilisation report; use one of: day, week, month, site, chargePoint, connector.", result.Error);
    }

    [Fact]
    public void Parse_LongestAllowedRange_IsAccepted()
    {
        var result = ReportRequestParser.Parse(ReportKind.Revenue, Query(("from", Today.AddDays(1 - ReportRequest.MaxDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))), Today);

        Assert.Equal(ReportRequest.MaxDays, result.Request!.Days);
    }

    [Theory]
    [InlineData("revenue", true, ReportKind.Revenue)]
    [InlineData("Energy", true, ReportKind.Energy)]
    [InlineData("utilisation", true, ReportKind.Utilisation)]
    [InlineData("utilization", false, ReportKind.Revenue)]
    [InlineData(null, false, ReportKind.Revenue)]
    public void TryParseKind_Name_KnowsTheThreeReports(string? name, bool known, ReportKind expected)
    {
        var parsed = ReportRequestParser.TryParseKind(name, out var kind);

        Assert.Equal(known, parsed);
        Assert.Equal(expected, kind);
    }

    private static Func<string, string?> Query(params (string Name, string Value)[] pairs) =>
        name => pairs.Where(p => p.Name == name).Select(p => p.Value).FirstOrDefault();

    private static (string, string)[] Pairs(string query) =>
        query.Split('&').Select(p => p.Split('=')).Select(p => (p[0], Uri.UnescapeDataString(p[1]))).ToArray();
}
