using EvDashboard.Core.Data;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// Month totals of the day rollups (RevenueMonths, ConnectorMonths, ChargePointMonths; created by SQL in the RollupMonths
/// migration, WITHOUT ROWID, keyed by the month's first day first). A report over a year then reads a dozen month rows per
/// connector instead of 365 day rows; the days at the range's ragged ends still come from the day tables. A month is
/// re-summed from its day rows whenever one of its days is replaced, in the same unit of work, so the two always agree.
/// </summary>
internal static class RollupMonths
{
    public static readonly string[] Tables = ["RevenueMonths", "ConnectorMonths", "ChargePointMonths"];

    private static readonly string[] Refreshes =
    [
        "INSERT INTO RevenueMonths (Day, ChargePointId, ConnectorId, Currency, TariffId, TagGroup, Sessions, EnergyWh, NetMinor, VatMinor, GrossMinor, " +
        "DurationSeconds) SELECT ?1, ChargePointId, ConnectorId, Currency, TariffId, TagGroup, SUM(Sessions), SUM(EnergyWh), SUM(NetMinor), " +
        "SUM(VatMinor), SUM(GrossMinor), SUM(DurationSeconds) FROM RevenueDays WHERE Day BETWEEN ?1 AND ?2 " +
        "GROUP BY ChargePointId, ConnectorId, Currency, TariffId, TagGroup",
        "INSERT INTO ConnectorMonths (Day, ChargePointId, ConnectorId, Days, EnergyWh, Sessions, FailedSessions, ChargingSeconds, OccupiedSeconds, " +
        "AvailableSeconds, FaultedSeconds, UnavailableSeconds, OfflineSeconds, UnknownSeconds) SELECT ?1, ChargePointId, ConnectorId, COUNT(*), " +
        "SUM(EnergyWh), SUM(Sessions), SUM(FailedSessions), SUM(ChargingSeconds), SUM(OccupiedSeconds), SUM(AvailableSeconds), SUM(FaultedSeconds), " +
        "SUM(UnavailableSeconds), SUM(OfflineSeconds), SUM(UnknownSeconds) FROM ConnectorDays WHERE Day BETWEEN ?1 AND ?2 GROUP BY ChargePointId, ConnectorId",
        "INSERT INTO ChargePointMonths (Day, ChargePointId, Days, Authorizations, RejectedAuthorizations) SELECT ?1, ChargePointId, COUNT(*), " +
        "SUM(Authorizations), SUM(RejectedAuthorizations) FROM ChargePointDays WHERE Day BETWEEN ?1 AND ?2 GROUP BY ChargePointId",
    ];

    /// <summary>The first and last DayNumber of the calendar month holding <paramref name="day"/>.</summary>
    public static (int First, int Last) MonthOf(int day)
    {
        var date = DateOnly.FromDayNumber(day);
        var first = new DateOnly(date.Year, date.Month, 1);
        return (first.DayNumber, first.AddMonths(1).DayNumber - 1);
    }

    /// <summary>Re-sums the month of <paramref name="day"/> from its day rows.</summary>
    public static void Refresh(WriteScope scope, int day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (first, last) = MonthOf(day);
        foreach (var table in Tables)
        {
            var delete = scope.Statement($"DELETE FROM {table} WHERE Day = ?1");
            delete.Bind(1, first);
            delete.Execute(cancellationToken);
        }

        foreach (var sql in Refreshes)
        {
            var insert = scope.Statement(sql);
            insert.Bind(1, first);
            insert.Bind(2, last);
            insert.Execute(cancellationToken);
        }
    }
}
