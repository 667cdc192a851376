using EvDashboard.Core.Data;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>Replaces one day's rollup rows inside a unit of work, with statements prepared once on the writer's connection.</summary>
internal static class RollupStore
{
    private static readonly string[] Tables = ["ConnectorDays", "ChargePointDays", "SiteHours", "RevenueDays"];

    private const string InsertConnectorDay =
        "INSERT INTO ConnectorDays (ChargePointId, ConnectorId, Day, EnergyWh, Sessions, FailedSessions, ChargingSeconds, OccupiedSeconds, " +
        "AvailableSeconds, FaultedSeconds, UnavailableSeconds, OfflineSeconds, UnknownSeconds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

    private const string InsertChargePointDay =
        "INSERT INTO ChargePointDays (ChargePointId, Day, Authorizations, RejectedAuthorizations) VALUES (?1, ?2, ?3, ?4)";

    // A row of another day can hold this hour's key only when the zone changed; the rebuild then clears everything first.
    private const string InsertSiteHour =
        "INSERT OR REPLACE INTO SiteHours (StartUtc, Day, LocalHour, Weekday, EnergyWh, SessionsStarted, OccupiedSeconds, ObservedSeconds) " +
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

    private const string InsertRevenueDay =
        "INSERT INTO RevenueDays (ChargePointId, ConnectorId, Day, Currency, TariffId, TagGroup, Sessions, EnergyWh, NetMinor, VatMinor, GrossMinor, " +
        "DurationSeconds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

    public static void Replace(WriteScope scope, RollupDayResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var table in Tables)
        {
            var delete = scope.Statement($"DELETE FROM {table} WHERE Day = ?1");
            delete.Bind(1, result.Day);
            delete.Execute(cancellationToken);
        }

        foreach (var row in result.ConnectorDays)
        {
            var insert = scope.Statement(InsertConnectorDay);
            insert.Bind(1, row.ChargePointId);
            Bind(insert, 2, row.ConnectorId, row.Day, row.EnergyWh, row.Sessions, row.FailedSessions, row.ChargingSeconds, row.OccupiedSeconds,
                row.AvailableSeconds, row.FaultedSeconds, row.UnavailableSeconds, row.OfflineSeconds, row.UnknownSeconds);
            insert.Execute(cancellationToken);
        }

        foreach (var row in result.ChargePointDays)
        {
            var insert = scope.Statement(InsertChargePointDay);
            insert.Bind(1, row.ChargePointId);
            Bind(insert, 2, row.Day, row.Authorizations, row.RejectedAuthorizations);
            insert.Execute(cancellationToken);
        }

        foreach (var row in result.SiteHours)
        {
            var insert = scope.Statement(InsertSiteHour);
            Bind(insert, 1, row.StartUtc.UtcTicks, row.Day, row.LocalHour, row.Weekday, row.EnergyWh, row.SessionsStarted, row.OccupiedSeconds, row.ObservedSeconds);
            insert.Execute(cancellationToken);
        }

        foreach (var row in result.RevenueDays)
        {
            var insert = scope.Statement(InsertRevenueDay);
            insert.Bind(1, row.ChargePointId);
            Bind(insert, 2, row.ConnectorId, row.Day);
            insert.Bind(4, row.Currency);
            insert.Bind(5, row.TariffId);
            insert.Bind(6, row.TagGroup);
            Bind(insert, 7, row.Sessions, row.EnergyWh, row.NetMinor, row.VatMinor, row.GrossMinor, row.DurationSeconds);
            insert.Execute(cancellationToken);
        }

        RollupMonths.Refresh(scope, result.Day, cancellationToken);
    }

    /// <summary>Removes the day's dirty mark if it was set before <paramref name="markedUpTo"/>; a later mark stays for the next pass.</summary>
    public static void ClearDirty(WriteScope scope, int day, DateTimeOffset markedUpTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var delete = scope.Statement("DELETE FROM RollupDirtyDays WHERE Day = ?1 AND MarkedAt <= ?2");
        delete.Bind(1, day);
        delete.Bind(2, markedUpTo.UtcTicks);
        delete.Execute(cancellationToken);
    }

    private static void Bind(SqliteStatement statement, int first, params long[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            statement.Bind(first + i, values[i]);
        }
    }
}
