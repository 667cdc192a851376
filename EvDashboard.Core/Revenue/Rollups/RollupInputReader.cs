using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// Reads one day's inputs with six set-based statements in one read transaction (one consistent snapshot), each served
/// by an index: sessions by StartedAt/EndedAt, their register samples by (TransactionId, Timestamp), each connector's
/// status changes by (ChargePointId, ConnectorId, Timestamp) from its last change before the day, connection events by
/// (ChargePointId, At), authorisations by At.
/// </summary>
internal static class RollupInputReader
{
    /// <param name="lookback">
    /// The longest completed session: sessions that started up to this long before the day are searched by StartedAt. Null
    /// searches by EndedAt instead, which costs a scan of every session that ended after the day began (cheap for recent days).
    /// </param>
    public static async Task<RollupInputs> ReadAsync(SqliteConnection connection, RollupWindow window, TimeSpan? lookback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var transaction = connection.BeginTransaction(deferred: true);
        var inputs = new RollupInputs();
        var a = window.Start.UtcTicks;
        var b = window.End.UtcTicks;
        await ReadAsync(connection, transaction, RollupSql.Connectors, [], r => inputs.Connectors.Add((r.GetString(0), r.GetInt32(1))), cancellationToken);
        var sessions = await ReadSessionsAsync(connection, transaction, a, b, lookback, cancellationToken);
        inputs.Sessions.AddRange(sessions.Values.OrderBy(s => s.TransactionId));
        if (sessions.Count > 0)
        {
            await ReadRegistersAsync(connection, transaction, sessions, cancellationToken);
        }

        await ReadStatusesAsync(connection, transaction, inputs, a, b, cancellationToken);
        await ReadConnectionsAsync(connection, transaction, inputs, a, b, cancellationToken);
        await ReadAsync(connection, transaction, RollupSql.Authorizations, [("$a", a), ("$b", b)],
            r => inputs.Authorizations[r.GetString(0)] = (r.GetInt32(1), r.GetInt32(2)), cancellationToken);
        return inputs;
    }

    private static async Task<Dictionary<int, RollupSession>> ReadSessionsAsync(
        SqliteConnection connection, SqliteTransaction transaction, long a, long b, TimeSpan? lookback, CancellationToken cancellationToken)
    {
        var sql = lookback is null ? RollupSql.SessionsByEnd : RollupSql.SessionsByStart;
        var from = lookback is { } span ? Math.Max(0, a - span.Ticks) : a;
        var sessions = new Dictionary<int, RollupSession>();
        await ReadAsync(connection, transaction, sql, [("$a", a), ("$b", b), ("$from", from)], r =>
        {
            var session = ReadSession(r);
            sessions.TryAdd(session.TransactionId, session);
        }, cancellationToken);
        return sessions;
    }

    private static Task ReadRegistersAsync(
        SqliteConnection connection, SqliteTransaction transaction, Dictionary<int, RollupSession> sessions, CancellationToken cancellationToken) =>
        ReadAsync(connection, transaction, RollupSql.Registers, [("$ids", "[" + string.Join(',', sessions.Keys) + "]")], r =>
        {
            // Two registers at one timestamp (outlet and EV): the last one sent counts, as for the session's price.
            var readings = sessions[r.GetInt32(0)].Readings;
            var at = new DateTimeOffset(r.GetInt64(1), TimeSpan.Zero);
            if (readings.Count > 0 && readings[^1].At == at)
            {
                readings[^1] = (at, r.GetInt64(2));
            }
            else
            {
                readings.Add((at, r.GetInt64(2)));
            }
        }, cancellationToken);

    private static RollupSession ReadSession(SqliteDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.GetInt32(2), Enum.Parse<SessionStatus>(r.GetString(3)),
        Ticks(r, 4)!.Value, Ticks(r, 5), r.GetInt64(6), Ticks(r, 7), r.GetInt64(8),
        r.IsDBNull(9) ? string.Empty : r.GetString(9), Long(r, 10), Long(r, 11), Long(r, 12),
        r.IsDBNull(13) ? 0 : r.GetInt32(13), r.IsDBNull(14) ? string.Empty : r.GetString(14));

    private static Task ReadStatusesAsync(SqliteConnection connection, SqliteTransaction transaction, RollupInputs inputs, long a, long b, CancellationToken cancellationToken) =>
        ReadAsync(connection, transaction, RollupSql.Statuses, [("$a", a), ("$b", b)], r =>
        {
            var key = (r.GetString(0), r.GetInt32(1));
            if (!inputs.Timelines.TryGetValue(key, out var timeline))
            {
                timeline = new RollupTimeline();
                inputs.Timelines.Add(key, timeline);
            }

            var ticks = r.GetInt64(2);
            var status = Enum.Parse<ConnectorStatus>(r.GetString(3));
            if (ticks < a)
            {
                timeline.InitialStatus = status;
            }
            else
            {
                timeline.Statuses.Add((ticks / TimeSpan.TicksPerSecond, status));
            }
        }, cancellationToken);

    private static Task ReadConnectionsAsync(SqliteConnection connection, SqliteTransaction transaction, RollupInputs inputs, long a, long b, CancellationToken cancellationToken) =>
        ReadAsync(connection, transaction, RollupSql.Connections, [("$a", a), ("$b", b)], r =>
        {
            var chargePointId = r.GetString(0);
            if (!inputs.Connections.TryGetValue(chargePointId, out var events))
            {
                events = new RollupConnection();
                inputs.Connections.Add(chargePointId, events);
            }

            var ticks = r.GetInt64(1);
            var isOnline = r.GetBoolean(2);
            if (ticks < a)
            {
                events.InitiallyOnline = isOnline;
            }
            else
            {
                events.Changes.Add((ticks / TimeSpan.TicksPerSecond, isOnline));
            }
        }, cancellationToken);

    private static async Task ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, (string Name, object Value)[] parameters, Action<SqliteDataReader> row,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }

    private static DateTimeOffset? Ticks(SqliteDataReader r, int column) => r.IsDBNull(column) ? null : new DateTimeOffset(r.GetInt64(column), TimeSpan.Zero);

    private static long Long(SqliteDataReader r, int column) => r.IsDBNull(column) ? 0 : r.GetInt64(column);
}
