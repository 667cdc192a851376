using System.Globalization;
using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions.Estimation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>
/// Average durations of past completed sessions per idTag or per charge point, computed in SQL over the
/// integer tick columns (EF Core cannot do arithmetic on converted timestamps).
/// </summary>
internal static class DurationHistoryReader
{
    /// <summary>Only recent habits count: a driver's or a site's pattern changes over months.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromDays(90);

    /// <summary>Shorter sessions are failed starts (no car, wrong cable), not charging habits.</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(1);

    /// <summary>Longer sessions are forgotten or stuck ones; they would drag every average up.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(24);

    private const int ChunkSize = 500;

    public static Task<Dictionary<string, DurationHistory>> ByIdTagAsync(EvDashboardDbContext db, IEnumerable<string> idTags, DateTimeOffset now, CancellationToken cancellationToken) =>
        ReadAsync(db, "IdTag", idTags, StringComparer.OrdinalIgnoreCase, now, cancellationToken);

    public static Task<Dictionary<string, DurationHistory>> ByChargePointAsync(EvDashboardDbContext db, IEnumerable<string> chargePointIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        ReadAsync(db, "ChargePointId", chargePointIds, StringComparer.Ordinal, now, cancellationToken);

    private static async Task<Dictionary<string, DurationHistory>> ReadAsync(
        EvDashboardDbContext db, string column, IEnumerable<string> keys, StringComparer comparer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, DurationHistory>(comparer);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        foreach (var chunk in keys.Distinct(comparer).Chunk(ChunkSize))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((key, i) =>
            {
                command.Parameters.AddWithValue($"@k{i}", key);
                return $"@k{i}";
            });
            // {column} is one of two constants above, never user input; the values are parameters.
            command.CommandText = $"""
                SELECT {column}, COUNT(*), AVG(EndedAt - StartedAt)
                FROM ChargingSessions
                WHERE Status = 'Completed' AND StartedAt >= @since AND {column} IN ({string.Join(", ", names)})
                  AND EndedAt - StartedAt BETWEEN @min AND @max
                GROUP BY {column}
                """;
            command.Parameters.AddWithValue("@since", (now - Period).UtcTicks);
            command.Parameters.AddWithValue("@min", MinDuration.Ticks);
            command.Parameters.AddWithValue("@max", MaxDuration.Ticks);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var average = TimeSpan.FromTicks((long)Math.Round(reader.GetDouble(2), MidpointRounding.AwayFromZero));
                result[reader.GetString(0)] = new DurationHistory(Convert.ToInt32(reader.GetInt64(1), CultureInfo.InvariantCulture), average);
            }
        }

        return result;
    }
}
