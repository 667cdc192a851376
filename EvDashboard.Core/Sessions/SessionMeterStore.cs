using EvDashboard.Core.Data;
using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Sessions;

/// <summary>
/// The session row of the MeterValues hot path, read and updated with prepared statements instead of EF Core's
/// query pipeline and change tracker (together about a third of a MeterValues' writer time). The rules stay in
/// <see cref="SessionMeter"/>; this class only moves its columns. Column names and encodings follow the EF model
/// (timestamps as UTC ticks, the status as its name), which the migrations test keeps honest.
/// </summary>
internal static class SessionMeterStore
{
    private const string FindSql =
        "SELECT ConnectorId, IdTag, Status, MeterStartWh, MeterStopWh, LastMeterWh, LastMeterAt, LastPowerW, LastSocPercent "
        + "FROM ChargingSessions WHERE TransactionId = $tx AND ChargePointId = $cp";

    private const string UpdateSql =
        "UPDATE ChargingSessions SET LastMeterWh = $wh, LastMeterAt = $at, LastPowerW = $w, LastSocPercent = $soc, EnergyWh = $energy "
        + "WHERE TransactionId = $tx";

    public static async Task<MeteredSession?> FindAsync(WriteScope scope, string chargePointId, int transactionId, CancellationToken cancellationToken)
    {
        var command = scope.Command(FindSql, p =>
        {
            p.Add("$tx", SqliteType.Integer);
            p.Add("$cp", SqliteType.Text);
        });
        command.Parameters[0].Value = transactionId;
        command.Parameters[1].Value = chargePointId;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var status = Enum.Parse<SessionStatus>(reader.GetString(2));
        var meter = new SessionMeter(
            MeterStartWh: reader.GetInt64(3),
            MeterStopWh: NullableInt64(reader, 4),
            IsActive: status == SessionStatus.Active,
            LastMeterWh: NullableInt64(reader, 5),
            LastMeterAt: NullableInt64(reader, 6) is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null,
            LastPowerW: NullableInt64(reader, 7),
            LastSocPercent: reader.IsDBNull(8) ? null : reader.GetInt32(8));
        return new MeteredSession(transactionId, chargePointId, reader.GetInt32(0), reader.GetString(1), status, meter);
    }

    public static async Task SaveAsync(WriteScope scope, int transactionId, SessionMeter meter, CancellationToken cancellationToken)
    {
        var command = scope.Command(UpdateSql, p =>
        {
            p.Add("$wh", SqliteType.Integer);
            p.Add("$at", SqliteType.Integer);
            p.Add("$w", SqliteType.Integer);
            p.Add("$soc", SqliteType.Integer);
            p.Add("$energy", SqliteType.Integer);
            p.Add("$tx", SqliteType.Integer);
        });
        var p = command.Parameters;
        p[0].Value = (object?)meter.LastMeterWh ?? DBNull.Value;
        p[1].Value = (object?)meter.LastMeterAt?.UtcTicks ?? DBNull.Value;
        p[2].Value = (object?)meter.LastPowerW ?? DBNull.Value;
        p[3].Value = (object?)meter.LastSocPercent ?? DBNull.Value;
        p[4].Value = meter.EnergyWh;
        p[5].Value = transactionId;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static long? NullableInt64(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
