using EvDashboard.Core.Revenue.Reports;
using static EvDashboard.Tests.Core.Revenue.Reports.ReportsDatabase;

namespace EvDashboard.Tests.Core.Revenue.Reports;

public sealed class RevenueReportTests
{
    private static readonly DateOnly Oct1 = new(2026, 10, 1);
    private static readonly DateOnly Oct31 = new(2026, 10, 31);

    [Fact]
    public async Task RunAsync_ByDay_ZeroFillsEveryDayAndSumsExactly()
    {
        await using var db = await CreateAsync();
        await db.AddChargePointAsync("CP-1", "Gate", 2);
        await db.AddAsync(
            RevenueRow("CP-1", 1, Day(2026, 10, 2), 2, 30_500, 1000, 190),
            RevenueRow("CP-1", 2, Day(2026, 10, 2), 1, 10_000, 500, 95),
            RevenueRow("CP-1", 1, Day(2026, 10, 5), 1, 7_000, 300, 57));

        var report = await db.RunAsync(ReportKind.Revenue, Oct1, new DateOnly(2026, 10, 7), ReportGrouping.Day);

        Assert.Equal("Revenue", report.Title);
        Assert.Equal(7, report.Rows.Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(d => (object?)new DateOnly(2026, 10, d)), report.Column("date"));
        Assert.Equal(new object?[] { 0L, 3L, 0L, 0L, 1L, 0L, 0L }, report.Column("sessions"));
        Assert.Equal(40.5m, report.Cell(1, "energyKwh"));
        Assert.Equal(15.00m, report.Cell(1, "net"));
        Assert.Equal(2.85m, report.Cell(1, "vat"));
        Assert.Equal(17.85m, report.Cell(1, "gross"));
        Assert.Equal(5.95m, report.Cell(1, "avgGrossPerSession"));
        Assert.Equal(13.5m, report.Cell(1, "avgKwhPerSession"));
        Assert.Null(report.Cell(0, "avgGrossPerSession"));
        Assert.Equal(0m, report.Cell(0, "gross"));
        Assert.Equal(4L, report.TotalCell("sessions"));
        Assert.Equal(21.42m, report.TotalCell("gross"));
        Assert.Equal(5.36m, report.TotalCell("avgGrossPerSession"));
        Assert.Equal("EUR", report.Columns[report.ColumnIndex("gross")].Unit);
        Assert.Equal(2, report.Columns[report.ColumnIndex("gross")].Decimals);
        Assert.Equal(ReportChartKind.Bar, report.Chart.Kind);
        Assert.Equal("date", report.Chart.LabelColumn);
        Assert.Equal(["gross"], report.Chart.SeriesColumns);
        Assert.Equal(21.42m, report.Figure("Gross").Value);
        Assert.Equal(4m, report.Figure("Sessions").Value);
        report.ValuesMatchColumns();
    }

    [Fact]
    public async Task RunAsync_FilterLines_SayRangeComparisonGroupingChargePointAndZone()
    {
        await using var db = await CreateAsync();
        await db.AddChargePointAsync("CP-001", "Gate", 1);

        var report = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.Day, ReportComparison.PreviousPeriod, "CP-001");

        Assert.Equal(
            ["Range: 1 Oct 2026 – 31 Oct 2026 (31 days)", "Compared with: 31 Aug 2026 – 30 Sep 2026", "Grouped by: day", "Charge point: CP-001 (Gate)", "Times in Europe/Berlin"],
            report.Filters);
    }

    [Fact]
    public async Task RunAsync_EmptyRange_HasNoRowsAndNoTotal()
    {
        await using var db = await CreateAsync();
        await db.AddChargePointAsync("CP-1", null, 1);
        await db.AddAsync(RevenueRow("CP-1", 1, Day(2026, 9, 30), 1, 1000, 100, 19));

        var byDay = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.Day);
        var byChargePoint = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.ChargePoint);

        Assert.True(byDay.IsEmpty);
        Assert.Null(byDay.Total);
        Assert.True(byChargePoint.IsEmpty);
    }

    [Fact]
    public async Task RunAsync_ByWeek_IsoWeeksFromMondayWithPartialEnds()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(
            RevenueRow("CP-1", 1, Day(2026, 10, 1), 1, 1000, 100),
            RevenueRow("CP-1", 1, Day(2026, 10, 4), 1, 1000, 100),
            RevenueRow("CP-1", 1, Day(2026, 10, 5), 1, 1000, 100),
            RevenueRow("CP-1", 1, Day(2026, 10, 31), 1, 1000, 100));

        var report = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.Week);

        Assert.Equal(new object?[] { "2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44" }, report.Column("week"));
        Assert.Equal(new object?[] { Oct1, new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 19), new DateOnly(2026, 10, 26) }, report.Column("start"));
        Assert.Equal(new object?[] { 2L, 1L, 0L, 0L, 1L }, report.Column("sessions"));
        Assert.Equal("Total", report.TotalCell("week"));
    }

    [Fact]
    public async Task RunAsync_ByMonth_CalendarMonthsAcrossAYearEnd()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(
            RevenueRow("CP-1", 1, Day(2026, 12, 15), 1, 1000, 100),
            RevenueRow("CP-1", 1, Day(2026, 12, 31), 1, 1000, 100),
            RevenueRow("CP-1", 1, Day(2027, 1, 1), 3, 1000, 100),
            RevenueRow("CP-1", 1, Day(2027, 2, 28), 1, 1000, 100));

        var report = await db.RunAsync(ReportKind.Revenue, new DateOnly(2026, 12, 20), new DateOnly(2027, 2, 28), ReportGrouping.Month);

        Assert.Equal(new object?[] { "2026-12", "2027-01", "2027-02" }, report.Column("month"));
        Assert.Equal(new object?[] { new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 1) }, report.Column("start"));
        Assert.Equal(new object?[] { 1L, 3L, 1L }, report.Column("sessions"));
    }

    [Fact]
    public async Task RunAsync_PreviousPeriod_AlignsRowsByPosition()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(
            RevenueRow("CP-1", 1, Day(2026, 10, 1), 1, 2000, 100, 19),
            RevenueRow("CP-1", 1, Day(2026, 9, 24), 2, 5000, 300, 57),
            RevenueRow("CP-1", 1, Day(2026, 9, 30), 4, 1000, 50, 0));

        var report = await db.RunAsync(ReportKind.Revenue, Oct1, new DateOnly(2026, 10, 7), ReportGrouping.Day, ReportComparison.PreviousPeriod);

        Assert.Equal(new object?[] { 2L, 0L, 0L, 0L, 0L, 0L, 4L }, report.Column("previousSessions"));
        Assert.Equal(3.57m, report.Cell(0, "previousGross"));
        Assert.Equal(1m, report.Cell(6, "previousEnergyKwh"));
        Assert.Equal(1.19m, report.Figure("Gross").Value);
        Assert.Equal(4.07m, report.Figure("Gross").Previous);
        Assert.Equal(["gross", "previousGross"], report.Chart.SeriesColumns);
        Assert.Equal(6L, report.TotalCell("previousSessions"));
    }

    [Fact]
    public async Task RunAsync_LastYearAcrossALeapDay_AlignsByPositionAndLeavesTheExtraDayEmpty()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(
            RevenueRow("CP-1", 1, Day(2028, 2, 29), 1, 1000, 100),
            RevenueRow("CP-1", 1, Day(2027, 2, 28), 5, 1000, 100),
            RevenueRow("CP-1", 1, Day(2029, 3, 1), 1, 1000, 100),
            RevenueRow("CP-1", 1, Day(2028, 2, 29), 7, 7000, 700, 0, "EUR", 0, "fleet"));

        var leapYear = await db.RunAsync(ReportKind.Revenue, new DateOnly(2028, 2, 27), new DateOnly(2028, 2, 29), ReportGrouping.Day, ReportComparison.PreviousYear);
        var afterLeapYear = await db.RunAsync(ReportKind.Revenue, new DateOnly(2029, 2, 27), new DateOnly(2029, 3, 1), ReportGrouping.Day, ReportComparison.PreviousYear);

        Assert.Contains("Compared with: 27 Feb 2027 – 28 Feb 2027", leapYear.Filters);
        Assert.Equal(new object?[] { 0L, 5L, 0L }, leapYear.Column("previousSessions"));
        Assert.Equal(new object?[] { 0L, 0L, 8L }, leapYear.Column("sessions"));
        Assert.Contains("Compared with: 27 Feb 2028 – 1 Mar 2028", afterLeapYear.Filters);
        Assert.Equal(new object?[] { 0L, 0L, 8L }, afterLeapYear.Column("previousSessions"));
    }

    [Fact]
    public async Task RunAsync_ByChargePoint_IncludesIdleStationsSortedByGross()
    {
        await using var db = await CreateAsync();
        await db.AddChargePointAsync("CP-A", "Alpha", 1);
        await db.AddChargePointAsync("CP-B", "Bravo", 1);
        await db.AddChargePointAsync("CP-C", null, 1);
        await db.AddAsync(
            RevenueRow("CP-A", 1, Day(2026, 10, 3), 1, 1000, 100, 19),
            RevenueRow("CP-B", 1, Day(2026, 10, 3), 1, 1000, 900, 171));

        var report = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.ChargePoint);

        Assert.Equal(new object?[] { "CP-B", "CP-A", "CP-C" }, report.Column("chargePointId"));
        Assert.Equal(new object?[] { "Bravo", "Alpha", null }, report.Column("name"));
        Assert.Equal(new object?[] { 10.71m, 1.19m, 0m }, report.Column("gross"));
        Assert.Equal("chargePointId", report.Chart.LabelColumn);
    }

    [Fact]
    public async Task RunAsync_ByConnector_OneRowPerExistingConnector()
    {
        await using var db = await CreateAsync();
        await db.AddChargePointAsync("CP-A", null, 2);
        await db.AddAsync(RevenueRow("CP-A", 2, Day(2026, 10, 3), 2, 3000, 200, 38));

        var report = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.Connector);

        Assert.Equal(new object?[] { "CP-A #2", "CP-A #1" }, report.Column("connector"));
        Assert.Equal(new object?[] { 2L, 1L }, report.Column("connectorId"));
        Assert.Equal(new object?[] { 2L, 0L }, report.Column("sessions"));
        report.ValuesMatchColumns();
    }

    [Fact]
    public async Task RunAsync_ByTariffGroupAndSite_NamesKeysAndNamesTheMissingOnes()
    {
        await using var db = await CreateAsync();
        var tariff = await db.AddTariffAsync("Standard", "EUR");
        await db.AddAsync(
            RevenueRow("CP-1", 1, Day(2026, 10, 3), 2, 3000, 200, 38, "EUR", tariff, "fleet"),
            RevenueRow("CP-1", 1, Day(2026, 10, 4), 1, 1000, 0, 0, "", 0, ""));

        var byTariff = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.Tariff);
        var byGroup = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.Group);
        var bySite = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.Site);

        Assert.Equal(new object?[] { "Standard", "No tariff" }, byTariff.Column("tariff"));
        Assert.Equal(new object?[] { "fleet", "No group" }, byGroup.Column("group"));
        Assert.Equal(new object?[] { "Depot" }, bySite.Column("site"));
        Assert.Equal(3L, bySite.Cell(0, "sessions"));
        Assert.Equal(4m, bySite.Cell(0, "energyKwh"));
        Assert.Equal(2.38m, bySite.Cell(0, "gross"));
        Assert.Equal(1.19m, bySite.Cell(0, "avgGrossPerSession"));
        Assert.Equal(1.333m, bySite.Cell(0, "avgKwhPerSession"));
    }

    [Fact]
    public async Task RunAsync_SeveralCurrencies_SplitsRowsAndNeverAddsThem()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(
            RevenueRow("CP-1", 1, Day(2026, 10, 1), 2, 2000, 1000, 190, "EUR"),
            RevenueRow("CP-1", 1, Day(2026, 10, 2), 1, 1000, 500, 0, "JPY"),
            RevenueRow("CP-1", 1, Day(2026, 10, 2), 1, 1000, 0, 0, ""));

        var report = await db.RunAsync(ReportKind.Revenue, Oct1, new DateOnly(2026, 10, 2), ReportGrouping.Day);

        Assert.Equal(new object?[] { "EUR", "JPY", "Unpriced", "EUR", "JPY", "Unpriced" }, report.Column("currency"));
        Assert.Equal(new object?[] { 11.90m, 0m, null, 0m, 500m, null }, report.Column("gross"));
        Assert.Null(report.Columns[report.ColumnIndex("gross")].Unit);
        Assert.Null(report.TotalCell("gross"));
        Assert.Equal(4L, report.TotalCell("sessions"));
        Assert.Equal(11.90m, report.Figure("Gross (EUR)").Value);
        Assert.Equal(500m, report.Figure("Gross (JPY)").Value);
        Assert.Contains(report.Filters, f => f.StartsWith("Currencies: EUR, JPY", StringComparison.Ordinal));
        report.ValuesMatchColumns();
    }

    [Fact]
    public async Task RunAsync_AveragesRoundHalfAwayFromZero()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(RevenueRow("CP-1", 1, Day(2026, 10, 1), 8, 1_004, 1, 0));

        var report = await db.RunAsync(ReportKind.Revenue, Oct1, Oct1, ReportGrouping.Day);

        // 0.01 EUR / 8 = 0.00125 → 0.00; 1.004 kWh / 8 = 0.1255 → 0.126.
        Assert.Equal(0.00m, report.Cell(0, "avgGrossPerSession"));
        Assert.Equal(0.126m, report.Cell(0, "avgKwhPerSession"));
    }

    [Fact]
    public async Task RunAsync_ChargePointFilter_RestrictsEveryRow()
    {
        await using var db = await CreateAsync();
        await db.AddChargePointAsync("CP-A", null, 1);
        await db.AddChargePointAsync("CP-B", null, 1);
        await db.AddAsync(
            RevenueRow("CP-A", 1, Day(2026, 10, 3), 1, 1000, 100),
            RevenueRow("CP-B", 1, Day(2026, 10, 3), 5, 1000, 100));

        var byDay = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.Day, chargePointId: "CP-A");
        var byChargePoint = await db.RunAsync(ReportKind.Revenue, Oct1, Oct31, ReportGrouping.ChargePoint, chargePointId: "CP-A");

        Assert.Equal(1L, byDay.TotalCell("sessions"));
        Assert.Equal(new object?[] { "CP-A" }, byChargePoint.Column("chargePointId"));
    }

    [Fact]
    public async Task RunAsync_MoreThan62Rows_DrawsALine()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(RevenueRow("CP-1", 1, Day(2026, 10, 3), 1, 1000, 100));

        var report = await db.RunAsync(ReportKind.Revenue, new DateOnly(2026, 8, 1), Oct31, ReportGrouping.Day);

        Assert.Equal(92, report.Rows.Count);
        Assert.Equal(ReportChartKind.Line, report.Chart.Kind);
    }
}
