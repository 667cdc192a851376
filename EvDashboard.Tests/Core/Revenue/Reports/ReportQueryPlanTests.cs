using EvDashboard.Core.Revenue.Reports;
using Microsoft.Data.Sqlite;

namespace EvDashboard.Tests.Core.Revenue.Reports;

/// <summary>The reports' statements search the rollups by their Day index (or the key, for one charge point), never by a scan of the whole table.</summary>
public sealed class ReportQueryPlanTests
{
    /// <summary>A full scan of a rollup table (a scan of the statement's own subquery of month and day rows is fine).</summary>
    private const string ScanOfATable = @"SCAN (TABLE )?(RevenueDays|ConnectorDays|ChargePointDays|SiteHours|RevenueMonths|ConnectorMonths|ChargePointMonths)\b";

    private static readonly ReportRange Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null);

    public static TheoryData<string, string> Statements => new()
    {
        { "RevenueDays", RollupReader.RevenueSql(ReportGrouping.Day, Year) },
        { "RevenueDays", RollupReader.RevenueSql(ReportGrouping.Tariff, Year) },
        { "RevenueDays", RollupReader.RevenueSql(ReportGrouping.Site, Year) },
        { "ConnectorDays", RollupReader.ConnectorSql(ReportGrouping.Week, Year) },
        { "ConnectorDays", RollupReader.ConnectorSql(ReportGrouping.Connector, Year) },
        { "ConnectorDays", RollupReader.ConnectorSql(ReportGrouping.Site, Year) },
        { "ChargePointDays", RollupReader.RejectedSql(ReportGrouping.ChargePoint, Year) },
        { "SiteHours", RollupReader.PeakSql },
        { "SiteHours", RollupReader.HeatmapSql },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task Statement_ARange_SearchesTheDayIndex(string table, string sql)
    {
        await using var db = await ReportsDatabase.CreateAsync();

        var plan = await ExplainAsync(db, sql, Year);

        Assert.Matches($@"SEARCH (TABLE )?{table} USING (COVERING )?INDEX IX_{table}_Day(Sums)? \(Day>\? AND Day<\?\)", plan);
        Assert.DoesNotMatch(ScanOfATable, plan);
    }

    [Theory]
    [InlineData("RevenueMonths", ReportGrouping.ChargePoint)]
    [InlineData("ConnectorMonths", ReportGrouping.Month)]
    public async Task Statement_WholeMonthsInTheRange_SearchTheMonthTableByItsKey(string monthTable, ReportGrouping grouping)
    {
        await using var db = await ReportsDatabase.CreateAsync();
        var range = Year with { First = new DateOnly(2025, 12, 15) };
        var sql = monthTable == "RevenueMonths" ? RollupReader.RevenueSql(grouping, range) : RollupReader.ConnectorSql(grouping, range);

        var plan = await ExplainAsync(db, sql, range);

        Assert.Matches($@"SEARCH (TABLE )?{monthTable} USING PRIMARY KEY \(Day>\? AND Day<\?\)", plan);
        Assert.DoesNotMatch(ScanOfATable, plan);
    }

    [Fact]
    public async Task Statement_OneChargePoint_SearchesByAnIndex()
    {
        await using var db = await ReportsDatabase.CreateAsync();
        var range = Year with { ChargePointId = "CP-1" };

        var plan = await ExplainAsync(db, RollupReader.ConnectorSql(ReportGrouping.Day, range), range);

        Assert.Matches(@"SEARCH (TABLE )?ConnectorDays USING (COVERING )?INDEX", plan);
        Assert.DoesNotMatch(ScanOfATable, plan);
    }

    private static async Task<string> ExplainAsync(ReportsDatabase db, string sql, ReportRange range)
    {
        await using var connection = new SqliteConnection(db.Db.Database.ConnectionString);
        await connection.OpenAsync();
        return await new RollupReader(connection).ExplainAsync(sql, range, CancellationToken.None);
    }
}
