using EvDashboard.Core.Data;

namespace EvDashboard.Core.Stations;

/// <summary>
/// The StatusNotification hot path's rows, written with prepared statements instead of EF Core's queries and change
/// tracker: through EF a status report cost about 400 µs of the single writer's time, and SteVe's mix is 28 of them in
/// every 33 messages. The rule (a late report only goes into the history) stays in <see cref="Connector.Apply"/>; this
/// class only moves columns, encoded as the EF model stores them (timestamps as UTC ticks, the status as its name).
/// </summary>
internal static class ConnectorStatusStore
{
    // The unique (ChargePointId, ConnectorId, Timestamp, Status, ErrorCode) index makes a replayed report a no-op.
    private const string RecordSql =
        "INSERT INTO ConnectorStatusChanges (ChargePointId, ConnectorId, Status, ErrorCode, Info, VendorId, VendorErrorCode, Timestamp, ReceivedAt) "
        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING";

    private const string FindSql =
        "SELECT Status, ErrorCode, Info, VendorId, VendorErrorCode, StatusSince FROM Connectors WHERE ChargePointId = ?1 AND ConnectorId = ?2";

    private const string SaveSql =
        "INSERT INTO Connectors (ChargePointId, ConnectorId, Status, ErrorCode, Info, VendorId, VendorErrorCode, StatusSince) "
        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (ChargePointId, ConnectorId) DO UPDATE SET Status = excluded.Status, "
        + "ErrorCode = excluded.ErrorCode, Info = excluded.Info, VendorId = excluded.VendorId, VendorErrorCode = excluded.VendorErrorCode, "
        + "StatusSince = excluded.StatusSince";

    /// <summary>Adds the report to the connector's history; false when the same report is already there (a replay).</summary>
    public static bool Record(WriteScope scope, string chargePointId, StatusReport report, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var statement = scope.Statement(RecordSql);
        BindState(statement, chargePointId, report.ConnectorId, report.Status, report.ErrorCode, report.Info, report.VendorId, report.VendorErrorCode);
        statement.Bind(8, report.Timestamp.UtcTicks);
        statement.Bind(9, receivedAt.UtcTicks);
        return statement.Execute(cancellationToken) == 1;
    }

    public static Connector? Find(WriteScope scope, string chargePointId, int connectorId, CancellationToken cancellationToken)
    {
        var statement = scope.Statement(FindSql);
        statement.Bind(1, chargePointId);
        statement.Bind(2, connectorId);
        return statement.QueryFirst(
            row => Connector.Restore(
                chargePointId,
                connectorId,
                Enum.Parse<ConnectorStatus>(row.GetString(0)),
                row.GetString(1),
                row.GetNullableString(2),
                row.GetNullableString(3),
                row.GetNullableString(4),
                row.GetNullableInt64(5) is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null),
            cancellationToken);
    }

    /// <summary>Stores the connector's current state, inserting its row the first time.</summary>
    public static void Save(WriteScope scope, Connector connector, CancellationToken cancellationToken)
    {
        var statement = scope.Statement(SaveSql);
        BindState(statement, connector.ChargePointId, connector.ConnectorId, connector.Status, connector.ErrorCode, connector.Info, connector.VendorId,
            connector.VendorErrorCode);
        statement.Bind(8, connector.StatusSince?.UtcTicks);
        statement.Execute(cancellationToken);
    }

    /// <summary>Parameters 1-7, the same columns in the same order in both statements.</summary>
    private static void BindState(
        SqliteStatement statement, string chargePointId, int connectorId, ConnectorStatus status, string errorCode, string? info, string? vendorId,
        string? vendorErrorCode)
    {
        statement.Bind(1, chargePointId);
        statement.Bind(2, connectorId);
        statement.Bind(3, status.ToString());
        statement.Bind(4, errorCode);
        statement.Bind(5, info);
        statement.Bind(6, vendorId);
        statement.Bind(7, vendorErrorCode);
    }
}
