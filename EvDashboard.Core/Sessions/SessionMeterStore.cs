using EvDashboard.Core.Data;

namespace EvDashboard.Core.Sessions;

/// <summary>
/// The session row of the MeterValues hot path, read and updated with prepared statements instead of EF Core's
/// query pipeline and change tracker (together about a third of a MeterValues' writer time). The rules stay in
/// <see cref="SessionMeter"/>; this class only moves its columns. Column names and encodings follow the EF model
/// (timestamps as UTC ticks, the status as its name), which the ledger tests read back through EF.
/// </summary>
internal static class SessionMeterStore
{
    private const string FindSql =
        "SELECT ConnectorId, IdTag, Status, MeterStartWh, MeterStopWh, LastMeterWh, LastMeterAt, LastPowerW, LastSocPercent "
        + "FROM ChargingSessions WHERE TransactionId = ?1 AND ChargePointId = ?2";

    private const string UpdateSql =
        "UPDATE ChargingSessions SET LastMeterWh = ?1, LastMeterAt = ?2, LastPowerW = ?3, LastSocPercent = ?4, EnergyWh = ?5 "
        + "WHERE TransactionId = ?6";

    public static MeteredSession? Find(WriteScope scope, string chargePointId, int transactionId, CancellationToken cancellationToken)
    {
        var statement = scope.Statement(FindSql);
        statement.Bind(1, transactionId);
        statement.Bind(2, chargePointId);
        return statement.QueryFirst(row => Read(row, chargePointId, transactionId), cancellationToken);
    }

    public static void Save(WriteScope scope, int transactionId, SessionMeter meter, CancellationToken cancellationToken)
    {
        var statement = scope.Statement(UpdateSql);
        statement.Bind(1, meter.LastMeterWh);
        statement.Bind(2, meter.LastMeterAt?.UtcTicks);
        statement.Bind(3, meter.LastPowerW);
        statement.Bind(4, meter.LastSocPercent);
        statement.Bind(5, meter.EnergyWh);
        statement.Bind(6, transactionId);
        statement.Execute(cancellationToken);
    }

    private static MeteredSession Read(SqliteStatement row, string chargePointId, int transactionId)
    {
        var status = Enum.Parse<SessionStatus>(row.GetString(2));
        var meter = new SessionMeter(
            MeterStartWh: row.GetInt64(3),
            MeterStopWh: row.GetNullableInt64(4),
            IsActive: status == SessionStatus.Active,
            LastMeterWh: row.GetNullableInt64(5),
            LastMeterAt: row.GetNullableInt64(6) is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null,
            LastPowerW: row.GetNullableInt64(7),
            LastSocPercent: row.GetNullableInt64(8) is { } soc ? (int)soc : null);
        return new MeteredSession(transactionId, chargePointId, (int)row.GetInt64(0), row.GetString(1), status, meter);
    }
}
