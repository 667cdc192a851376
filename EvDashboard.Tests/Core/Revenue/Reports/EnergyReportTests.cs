using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Revenue.Rollups;
using static EvDashboard.Tests.Core.Revenue.Reports.ReportsDatabase;

namespace EvDashboard.Tests.Core.Revenue.Reports;

public sealed class EnergyReportTests
{
    private static readonly DateOnly Oct1 = new(2026, 10, 1);
    private static readonly DateOnly Oct31 = new(2026, 10, 31);

    [Fact]
    public async Task RunAsync_ByDay_EnergySessionsPeakAndTrailingTrend()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(
            ConnectorRow("CP-1", 1, Day(2026, 9, 25), energyWh: 7_000, sessions: 1),
            ConnectorRow("CP-1", 1, Day(2026, 10, 1), energyWh: 12_345, sessions: 2),
            ConnectorRow("CP-1", 2, Day(2026, 10, 1), energyWh: 1_655, sessions: 1),
            ConnectorRow("CP-1", 1, Day(2026, 10, 3), energyWh: 7_000, sessions: 1),
            Hour(new DateTimeOffset(2026, 9, 30, 22, 0, 0, TimeSpan.Zero), Day(2026, 10, 1), 0, 3, 4_000),
            Hour(new DateTimeOffset(2026, 10, 1, 16, 0, 0, TimeSpan.Zero), Day(2026, 10, 1), 18, 3, 9_500));

        var report = await db.RunAsync(ReportKind.Energy, Oct1, new DateOnly(2026, 10, 3), ReportGrouping.Day);

        Assert.Equal("Energy and demand", report.Title);
        Assert.Equal(new object?[] { 14m, 0m, 7m }, report.Column("energyKwh"));
        Assert.Equal(new object?[] { 3L, 0L, 1L }, report.Column("sessions"));
        Assert.Equal(new object?[] { 4.667m, null, 7m }, report.Column("avgKwhPerSession"));
        Assert.Equal(new object?[] { 9.5m, 0m, 0m }, report.Column("peakHourKwh"));
        // 1 Oct: (7 on 25 Sep + 14) / 7 = 3; 2 Oct: 25 Sep has left the window, 14 / 7; 3 Oct: (14 + 7) / 7.
        Assert.Equal(new object?[] { 3m, 2m, 3m }, report.Column("trendKwh"));
        Assert.Equal(21m, report.TotalCell("energyKwh"));
        Assert.Equal(9.5m, report.TotalCell("peakHourKwh"));
        Assert.Null(report.TotalCell("trendKwh"));
        Assert.Equal(ReportChartKind.Line, report.Chart.Kind);
        Assert.Equal(["energyKwh", "trendKwh"], report.Chart.SeriesColumns);
        Assert.Equal(9.5m, report.Figure("Peak hour").Value);
        report.ValuesMatchColumns();
    }

    [Fact]
    public async Task RunAsync_ByMonthWithPreviousPeriod_ComparesPositionally()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(
            ConnectorRow("CP-1", 1, Day(2026, 10, 10), energyWh: 10_000, sessions: 2),
            ConnectorRow("CP-1", 1, Day(2026, 8, 31), energyWh: 4_000, sessions: 1),
            ConnectorRow("CP-1", 1, Day(2026, 9, 1), energyWh: 6_000, sessions: 3));

        var report = await db.RunAsync(ReportKind.Energy, Oct1, new DateOnly(2026, 11, 30), ReportGrouping.Month, ReportComparison.PreviousPeriod);

        Assert.Contains("Compared with: 1 Aug 2026 – 30 Sep 2026", report.Filters);
        Assert.Equal(new object?[] { 4m, 6m }, report.Column("previousEnergyKwh"));
        Assert.Equal(new object?[] { 1L, 3L }, report.Column("previousSessions"));
        Assert.Equal(10m, report.Figure("Energy").Value);
        Assert.Equal(10m, report.Figure("Energy").Previous);
        Assert.Equal(ReportChartKind.Bar, report.Chart.Kind);
        Assert.Equal(["energyKwh", "previousEnergyKwh"], report.Chart.SeriesColumns);
    }

    [Fact]
    public async Task RunAsync_ByConnector_ZerosForIdleConnectorsSortedByEnergy()
    {
        await using var db = await CreateAsync();
        await db.AddChargePointAsync("CP-1", null, 3);
        await db.AddAsync(
            ConnectorRow("CP-1", 1, Day(2026, 10, 1), energyWh: 1_000, sessions: 1),
            ConnectorRow("CP-1", 3, Day(2026, 10, 1), energyWh: 5_000, sessions: 1));

        var report = await db.RunAsync(ReportKind.Energy, Oct1, Oct31, ReportGrouping.Connector);

        Assert.Equal(new object?[] { "CP-1 #3", "CP-1 #1", "CP-1 #2" }, report.Column("connector"));
        Assert.Equal(new object?[] { 5m, 1m, 0m }, report.Column("energyKwh"));
        Assert.DoesNotContain(report.Columns, c => c.Key is "peakHourKwh" or "trendKwh");
    }

    [Fact]
    public async Task RunAsync_ByTariffAndGroup_UsesCompletedSessionsAndSaysSo()
    {
        await using var db = await CreateAsync();
        var tariff = await db.AddTariffAsync("Night", "EUR");
        await db.AddAsync(
            ConnectorRow("CP-1", 1, Day(2026, 10, 1), energyWh: 99_000, sessions: 9),
            RevenueRow("CP-1", 1, Day(2026, 10, 2), 2, 20_000, 100, 0, "EUR", tariff, "fleet"),
            RevenueRow("CP-1", 1, Day(2026, 10, 2), 1, 5_000, 0, 0, "", 0, "fleet"));

        var byTariff = await db.RunAsync(ReportKind.Energy, Oct1, Oct31, ReportGrouping.Tariff);
        var byGroup = await db.RunAsync(ReportKind.Energy, Oct1, Oct31, ReportGrouping.Group);

        Assert.Equal(new object?[] { "Night", "No tariff" }, byTariff.Column("tariff"));
        Assert.Equal(new object?[] { 20m, 5m }, byTariff.Column("energyKwh"));
        Assert.Equal(new object?[] { "fleet" }, byGroup.Column("group"));
        Assert.Equal(new object?[] { 25m }, byGroup.Column("energyKwh"));
        Assert.Equal(new object?[] { 3L }, byGroup.Column("sessions"));
        Assert.Contains("Energy and sessions of completed sessions, counted on the day they ended", byGroup.Filters);
    }

    [Fact]
    public async Task RunAsync_OneChargePoint_LeavesOutTheSitesPeakHour()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(
            ConnectorRow("CP-1", 1, Day(2026, 10, 1), energyWh: 1_000, sessions: 1),
            ConnectorRow("CP-2", 1, Day(2026, 10, 1), energyWh: 8_000, sessions: 1),
            Hour(new DateTimeOffset(2026, 10, 1, 16, 0, 0, TimeSpan.Zero), Day(2026, 10, 1), 18, 3, 9_000));

        var report = await db.RunAsync(ReportKind.Energy, Oct1, Oct1, ReportGrouping.Week, chargePointId: "CP-1");

        Assert.Equal(new object?[] { 1m }, report.Column("energyKwh"));
        Assert.DoesNotContain(report.Columns, c => c.Key == "peakHourKwh");
        Assert.Contains("Peak hour is the whole site's, so it is not shown for one charge point", report.Filters);
    }

    [Fact]
    public async Task RunAsync_OnlyDataBeforeTheRange_IsEmptyEvenThoughTheTrendReadsIt()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(ConnectorRow("CP-1", 1, Day(2026, 9, 28), energyWh: 1_000, sessions: 1));

        var report = await db.RunAsync(ReportKind.Energy, Oct1, Oct31, ReportGrouping.Day);

        Assert.True(report.IsEmpty);
    }

    internal static SiteHour Hour(DateTimeOffset startUtc, int day, int localHour, int weekday, long energyWh, int sessions = 0, long occupied = 0, long observed = 0) =>
        new(startUtc, day, localHour, weekday) { EnergyWh = energyWh, SessionsStarted = sessions, OccupiedSeconds = occupied, ObservedSeconds = observed };
}
