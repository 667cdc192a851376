using System.Text;
using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>
/// The history's SQL. Timestamps are UTC tick integers, so durations, sums and sorts by duration run in SQLite
/// (EF Core cannot do arithmetic on converted timestamps). Every value is a parameter; only fixed column
/// names are written into the text.
/// </summary>
internal static class SessionHistorySql
{
    /// <summary>A running session's duration runs to now; an interrupted one's to the interruption.</summary>
    public const string Duration = "MAX(0, COALESCE(EndedAt, InterruptedAt, @now) - StartedAt)";

    public const string Columns =
        "TransactionId, ChargePointId, ConnectorId, IdTag, StartedAt, EndedAt, InterruptedAt, Status, MeterStartWh, MeterStopWh, EnergyWh, "
        + Duration + ", StopReason, Warnings";

    /// <summary>Adds the filter's parameters (and @now) to <paramref name="command"/> and returns the WHERE clause ("" when none).</summary>
    public static string Where(SessionHistoryFilter filter, SqliteCommand command, DateTimeOffset now)
    {
        var conditions = new List<string>();
        command.Parameters.AddWithValue("@now", now.UtcTicks);
        if (filter.From is { } from)
        {
            conditions.Add("StartedAt >= @from");
            command.Parameters.AddWithValue("@from", from.UtcTicks);
        }

        if (filter.Until is { } until)
        {
            conditions.Add("StartedAt < @until");
            command.Parameters.AddWithValue("@until", until.UtcTicks);
        }

        if (!string.IsNullOrEmpty(filter.ChargePointId))
        {
            conditions.Add("ChargePointId = @chargePointId");
            command.Parameters.AddWithValue("@chargePointId", filter.ChargePointId);
        }

        if (!string.IsNullOrEmpty(filter.IdTag))
        {
            // The column's NOCASE collation makes both comparisons case-insensitive, as OCPP's IdToken is.
            conditions.Add(filter.IdTagPrefix ? @"IdTag LIKE @idTag ESCAPE '\'" : "IdTag = @idTag");
            command.Parameters.AddWithValue("@idTag", filter.IdTagPrefix ? EscapeLike(filter.IdTag) + "%" : filter.IdTag);
        }

        if (filter.Status is { } status)
        {
            conditions.Add("Status = @status");
            command.Parameters.AddWithValue("@status", status.ToString());
        }

        return conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
    }

    public static string OrderBy(SessionHistorySort sort)
    {
        var column = sort.By switch
        {
            SessionHistoryOrder.EndedAt => "COALESCE(EndedAt, InterruptedAt)",
            SessionHistoryOrder.Energy => "EnergyWh",
            SessionHistoryOrder.Duration => Duration,
            _ => "StartedAt",
        };
        var direction = sort.Descending ? "DESC" : "ASC";
        return $"ORDER BY {column} {direction}, TransactionId {direction}";
    }

    public static SessionHistoryRow ReadRow(SqliteDataReader reader) => new(
        reader.GetInt32(0),
        reader.GetString(1),
        reader.GetInt32(2),
        reader.GetString(3),
        FromTicks(reader.GetInt64(4)),
        reader.IsDBNull(5) ? null : FromTicks(reader.GetInt64(5)),
        reader.IsDBNull(6) ? null : FromTicks(reader.GetInt64(6)),
        Enum.Parse<SessionStatus>(reader.GetString(7)),
        reader.GetInt64(8),
        reader.IsDBNull(9) ? null : reader.GetInt64(9),
        reader.GetInt64(10),
        TimeSpan.FromTicks(reader.GetInt64(11)),
        reader.IsDBNull(12) ? null : reader.GetString(12),
        (SessionWarnings)reader.GetInt32(13));

    private static DateTimeOffset FromTicks(long ticks) => new(ticks, TimeSpan.Zero);

    private static string EscapeLike(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '%' or '_' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
