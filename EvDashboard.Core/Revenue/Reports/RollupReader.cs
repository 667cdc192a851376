using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// The reports' only statements: GROUP BY over the rollup tables within a range of day numbers (the Day indexes),
/// optionally one charge point (the primary keys start with it). Rows are summed in SQLite and assembled in C#.
/// </summary>
internal sealed class RollupReader(SqliteConnection connection)
{
    public Task<List<RevenueFact>> RevenueAsync(ReportGrouping grouping, ReportRange range, CancellationToken cancellationToken)
    {
        return QueryAsync(RevenueSql(grouping, range), range, r => new RevenueFact(Key(r), r.GetString(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7)), cancellationToken);
    }

    public async Task<List<ConnectorFact>> ConnectorAsync(ReportGrouping grouping, ReportRange range, CancellationToken cancellationToken)
    {
        var facts = await QueryAsync(ConnectorSql(grouping, range), range, ReadConnectorFact, cancellationToken);
        // Without GROUP BY an empty range still answers one row, of zero connector-days.
        return facts.FindAll(f => f.ConnectorDays > 0);
    }

    /// <summary>Refused authorisations per key; a charge point's, so there is no connector grouping.</summary>
    public async Task<Dictionary<ReportKey, long>> RejectedAsync(ReportGrouping grouping, ReportRange range, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(RejectedSql(grouping, range), range, r => (Key: Key(r), Count: r.GetInt64(2), Rejected: r.IsDBNull(3) ? 0 : r.GetInt64(3)), cancellationToken);
        return rows.Where(r => r.Count > 0).ToDictionary(r => r.Key, r => r.Rejected);
    }

    /// <summary>The largest site hour's energy of each day: the day's peak demand.</summary>
    public async Task<Dictionary<int, long>> PeakHourWhByDayAsync(ReportRange range, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(PeakSql, range with { ChargePointId = null }, r => (Day: r.GetInt32(0), Wh: r.GetInt64(1)), cancellationToken);
        return rows.ToDictionary(r => r.Day, r => r.Wh);
    }

    public Task<List<SiteHourCell>> SiteHourCellsAsync(ReportRange range, CancellationToken cancellationToken)
    {
        return QueryAsync(
            HeatmapSql, range with { ChargePointId = null },
            r => new SiteHourCell(r.GetInt32(0), r.GetInt32(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5)), cancellationToken);
    }

    /// <summary>The plan SQLite chooses for a statement, for tests that prove the Day index is used.</summary>
    public async Task<string> ExplainAsync(string sql, ReportRange range, CancellationToken cancellationToken)
    {
        var details = await QueryAsync("EXPLAIN QUERY PLAN " + sql, range, r => r.GetString(3), cancellationToken);
        return string.Join(Environment.NewLine, details);
    }

    internal const string PeakSql = "SELECT Day, MAX(EnergyWh) FROM SiteHours WHERE Day BETWEEN @first AND @last GROUP BY Day";

    internal const string HeatmapSql = """
        SELECT Weekday, LocalHour, SUM(EnergyWh), SUM(SessionsStarted), SUM(OccupiedSeconds), SUM(ObservedSeconds)
        FROM SiteHours WHERE Day BETWEEN @first AND @last GROUP BY Weekday, LocalHour
        """;

    internal static string RevenueSql(ReportGrouping grouping, ReportRange range)
    {
        var (select, groupBy) = KeySql(grouping);
        return $"""
            SELECT {select}, Currency, SUM(Sessions), SUM(EnergyWh), SUM(NetMinor), SUM(VatMinor), SUM(GrossMinor)
            FROM {From("RevenueDays", "RevenueMonths", RevenueColumns, string.Empty, string.Empty, grouping, range)}
            GROUP BY {(groupBy is null ? string.Empty : groupBy + ", ")}Currency
            """;
    }

    internal static string ConnectorSql(ReportGrouping grouping, ReportRange range)
    {
        var (select, groupBy) = KeySql(grouping);
        return $"""
            SELECT {select}, COALESCE(SUM(Days), 0), SUM(EnergyWh), SUM(Sessions), SUM(FailedSessions), SUM(ChargingSeconds), SUM(OccupiedSeconds),
                   SUM(AvailableSeconds), SUM(FaultedSeconds), SUM(UnavailableSeconds), SUM(OfflineSeconds), SUM(UnknownSeconds)
            FROM {From("ConnectorDays", "ConnectorMonths", ConnectorColumns, "1 AS Days, ", "Days, ", grouping, range)}{(groupBy is null ? string.Empty : " GROUP BY " + groupBy)}
            """;
    }

    internal static string RejectedSql(ReportGrouping grouping, ReportRange range)
    {
        var (select, groupBy) = KeySql(grouping);
        return $"""
            SELECT {select}, COALESCE(SUM(Days), 0), SUM(RejectedAuthorizations)
            FROM {From("ChargePointDays", "ChargePointMonths", "ChargePointId, Day, RejectedAuthorizations", "1 AS Days, ", "Days, ", grouping, range)}{(groupBy is null ? string.Empty : " GROUP BY " + groupBy)}
            """;
    }

    private const string RevenueColumns = "ChargePointId, ConnectorId, Day, Currency, TariffId, TagGroup, Sessions, EnergyWh, NetMinor, VatMinor, GrossMinor";

    private const string ConnectorColumns =
        "ChargePointId, ConnectorId, Day, EnergyWh, Sessions, FailedSessions, ChargingSeconds, OccupiedSeconds, AvailableSeconds, FaultedSeconds, " +
        "UnavailableSeconds, OfflineSeconds, UnknownSeconds";

    /// <summary>
    /// The rows a statement sums. By day or week: the day table (its covering Day index). Otherwise the whole calendar months inside
    /// the range come from the month table (Rollups/RollupMonths: a dozen rows per key for a year instead of 365) and only the ragged
    /// days at either end from the day table; every month row's Day is its first day, so month grouping still folds it correctly.
    /// </summary>
    internal static string From(string dayTable, string monthTable, string columns, string dayExtra, string monthExtra, ReportGrouping grouping, ReportRange range)
    {
        var filter = range.ChargePointId is null ? string.Empty : " AND ChargePointId = @chargePointId";
        if (grouping is ReportGrouping.Day or ReportGrouping.Week || WholeMonths(range) is null)
        {
            return $"(SELECT {dayExtra}{columns} FROM {dayTable} WHERE Day BETWEEN @first AND @last{filter})";
        }

        return $"""
            (SELECT {dayExtra}{columns} FROM {dayTable} WHERE Day BETWEEN @first AND @monthFirst - 1{filter}
             UNION ALL SELECT {monthExtra}{columns} FROM {monthTable} WHERE Day BETWEEN @monthFirst AND @monthLast{filter}
             UNION ALL SELECT {dayExtra}{columns} FROM {dayTable} WHERE Day BETWEEN @monthLast + 1 AND @last{filter})
            """;
    }

    /// <summary>The first day of the first whole month in the range and the last day of the last one; null when no month lies wholly inside.</summary>
    internal static (int First, int Last)? WholeMonths(ReportRange range)
    {
        var first = range.First.Day == 1 ? range.First : new DateOnly(range.First.Year, range.First.Month, 1).AddMonths(1);
        var afterLast = range.Last.AddDays(1);
        var last = afterLast.Day == 1 ? range.Last : new DateOnly(range.Last.Year, range.Last.Month, 1).AddDays(-1);
        return first <= last ? (first.DayNumber, last.DayNumber) : null;
    }

    /// <summary>The SELECT list and GROUP BY of a grouping's key; constants only, never user input. Periods group by day.</summary>
    internal static (string Select, string? GroupBy) KeySql(ReportGrouping grouping) => grouping switch
    {
        ReportGrouping.Day or ReportGrouping.Week or ReportGrouping.Month => ("'', Day", "Day"),
        ReportGrouping.Site => ("'', 0", null),
        ReportGrouping.ChargePoint => ("ChargePointId, 0", "ChargePointId"),
        ReportGrouping.Connector => ("ChargePointId, ConnectorId", "ChargePointId, ConnectorId"),
        ReportGrouping.Tariff => ("'', TariffId", "TariffId"),
        ReportGrouping.Group => ("TagGroup, 0", "TagGroup"),
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
    };

    private static ReportKey Key(SqliteDataReader reader) => new(reader.GetString(0), reader.GetInt64(1));

    private static ConnectorFact ReadConnectorFact(SqliteDataReader r)
    {
        long Sum(int ordinal) => r.IsDBNull(ordinal) ? 0 : r.GetInt64(ordinal);
        return new ConnectorFact(Key(r), r.GetInt64(2), Sum(3), Sum(4), Sum(5), Sum(6), Sum(7), Sum(8), Sum(9), Sum(10), Sum(11), Sum(12));
    }

    private async Task<List<T>> QueryAsync<T>(string sql, ReportRange range, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@first", range.FirstDay);
        command.Parameters.AddWithValue("@last", range.LastDay);
        var months = WholeMonths(range) ?? (0, -1);
        command.Parameters.AddWithValue("@monthFirst", months.First);
        command.Parameters.AddWithValue("@monthLast", months.Last);
        if (range.ChargePointId is not null)
        {
            command.Parameters.AddWithValue("@chargePointId", range.ChargePointId);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
