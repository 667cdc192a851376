using EvDashboard.Core.Revenue.Reports;
using static EvDashboard.Tests.Core.Revenue.Reports.ReportsDatabase;

namespace EvDashboard.Tests.Core.Revenue.Reports;

public sealed class UtilisationReportTests
{
    private static readonly DateOnly Oct1 = new(2026, 10, 1);
    private static readonly DateOnly Oct2 = new(2026, 10, 2);

    [Fact]
    public async Task RunAsync_ByChargePoint_SharesOfTimeFailuresAndRejections()
    {
        await using var db = await CreateAsync();
        await db.AddChargePointAsync("CP-A", null, 2);
        await db.AddChargePointAsync("CP-B", null, 1);
        await db.AddAsync(
            ConnectorRow("CP-A", 1, Day(2026, 10, 1), sessions: 4, failed: 1, charging: 21_600, occupied: 8_640, faulted: 4_320, offline: 8_640),
            ConnectorRow("CP-A", 2, Day(2026, 10, 1), sessions: 0, unavailable: 43_200, unknown: 43_200),
            ConnectorRow("CP-B", 1, Day(2026, 10, 1)),
            Authorizations("CP-A", Day(2026, 10, 1), 10, 3));

        var report = await db.RunAsync(ReportKind.Utilisation, Oct1, Oct1, ReportGrouping.ChargePoint);

        Assert.Equal("Utilisation", report.Title);
        Assert.Equal(new object?[] { "CP-A", "CP-B" }, report.Column("chargePointId"));
        Assert.Equal(17.5m, report.Cell(0, "utilisationPercent"));
        Assert.Equal(12.5m, report.Cell(0, "chargingPercent"));
        Assert.Equal(5m, report.Cell(0, "occupiedPercent"));
        Assert.Equal(2.5m, report.Cell(0, "faultedPercent"));
        Assert.Equal(25m, report.Cell(0, "unavailablePercent"));
        Assert.Equal(5m, report.Cell(0, "offlinePercent"));
        Assert.Equal(25m, report.Cell(0, "unknownPercent"));
        Assert.Equal(25m, report.Cell(0, "availablePercent"));
        Assert.Equal(2m, report.Cell(0, "sessionsPerConnectorDay"));
        Assert.Equal(25m, report.Cell(0, "failedRatePercent"));
        Assert.Equal(3L, report.Cell(0, "rejectedAuthorizations"));
        Assert.Null(report.Cell(1, "failedRatePercent"));
        Assert.Equal(100m, report.Cell(1, "availablePercent"));
        Assert.Equal(0L, report.Cell(1, "rejectedAuthorizations"));
        Assert.Equal(11.7m, report.Figure("Utilisation").Value);
        Assert.Equal(25m, report.Figure("Failed rate").Value);
        Assert.Equal(3m, report.Figure("Rejected authorisations").Value);
        Assert.Equal(["chargingPercent", "occupiedPercent"], report.Chart.SeriesColumns);
        Assert.Contains(report.Filters, f => f.Contains("Unknown is time before the connector first reported its status", StringComparison.Ordinal));
        report.ValuesMatchColumns();
    }

    [Fact]
    public async Task RunAsync_ByConnector_LeavesRejectionsToTheChargePoint()
    {
        await using var db = await CreateAsync();
        await db.AddChargePointAsync("CP-A", null, 2);
        await db.AddAsync(
            ConnectorRow("CP-A", 2, Day(2026, 10, 1), sessions: 2, charging: 8_640),
            Authorizations("CP-A", Day(2026, 10, 1), 5, 2));

        var report = await db.RunAsync(ReportKind.Utilisation, Oct1, Oct1, ReportGrouping.Connector);

        Assert.Equal(new object?[] { "CP-A #2", "CP-A #1" }, report.Column("connector"));
        Assert.Equal(new object?[] { null, null }, report.Column("rejectedAuthorizations"));
        Assert.Equal(10m, report.Cell(0, "chargingPercent"));
        Assert.Null(report.Cell(1, "chargingPercent"));
    }

    [Fact]
    public async Task RunAsync_ByDayWithComparison_RejectionsPerDayAndPreviousShares()
    {
        await using var db = await CreateAsync();
        await db.AddAsync(
            ConnectorRow("CP-A", 1, Day(2026, 9, 30), charging: 43_200),
            ConnectorRow("CP-A", 1, Day(2026, 10, 1), charging: 86_400, sessions: 1),
            ConnectorRow("CP-A", 1, Day(2026, 10, 2), occupied: 21_600, sessions: 3, failed: 3),
            Authorizations("CP-A", Day(2026, 10, 2), 4, 4));

        var report = await db.RunAsync(ReportKind.Utilisation, Oct1, Oct2, ReportGrouping.Day, ReportComparison.PreviousPeriod);

        Assert.Equal(new object?[] { 100m, 25m }, report.Column("utilisationPercent"));
        Assert.Equal(new object?[] { 0L, 4L }, report.Column("rejectedAuthorizations"));
        Assert.Equal(new object?[] { null, 50m }, report.Column("previousUtilisationPercent"));
        Assert.Equal(75m, report.Figure("Failed rate").Value);
        Assert.Equal(62.5m, report.Figure("Utilisation").Value);
        Assert.Equal(50m, report.Figure("Utilisation").Previous);
    }
}
