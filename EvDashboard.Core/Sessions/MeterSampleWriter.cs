using System.Globalization;
using EvDashboard.Core.Data;

namespace EvDashboard.Core.Sessions;

/// <summary>
/// Stores sampled values with INSERT OR IGNORE against the sample key's unique index: a replayed
/// MeterValues or StopTransaction adds nothing. Rows go in as multi-row statements (up to
/// <see cref="MaxRowsPerStatement"/>), prepared once per row count on the writer's connection and bound by
/// position, so a typical MeterValues with 10 sampled values costs one statement. The charge point, connector and
/// transaction are the same for every row of a message, so they are bound once per statement (?1–?3).
/// </summary>
internal static class MeterSampleWriter
{
    public const int MaxRowsPerStatement = 16;

    private const int SharedParameters = 3;

    private const int RowParameters = 10;

    private static readonly string[] Sql = Enumerable.Range(0, MaxRowsPerStatement + 1).Select(BuildSql).ToArray();

    /// <returns>How many samples were new (the rest were already stored).</returns>
    public static int Insert(
        WriteScope scope, string chargePointId, int connectorId, int? transactionId, IReadOnlyList<TimedReadings> meterValues, CancellationToken cancellationToken)
    {
        var rows = new List<(DateTimeOffset Timestamp, SampledReading Reading)>();
        foreach (var meterValue in meterValues)
        {
            foreach (var reading in meterValue.Readings)
            {
                rows.Add((meterValue.Timestamp, reading));
            }
        }

        var inserted = 0;
        for (var start = 0; start < rows.Count; start += MaxRowsPerStatement)
        {
            var count = Math.Min(MaxRowsPerStatement, rows.Count - start);
            var statement = scope.Statement(Sql[count]);
            statement.Bind(1, chargePointId);
            statement.Bind(2, connectorId);
            statement.Bind(3, transactionId);
            for (var i = 0; i < count; i++)
            {
                Bind(statement, SharedParameters + 1 + (i * RowParameters), rows[start + i].Timestamp, rows[start + i].Reading);
            }

            inserted += statement.Execute(cancellationToken);
        }

        return inserted;
    }

    private static void Bind(SqliteStatement statement, int first, DateTimeOffset timestamp, SampledReading r)
    {
        statement.Bind(first, timestamp.UtcTicks);
        statement.Bind(first + 1, r.Measurand);
        statement.Bind(first + 2, r.Phase);
        statement.Bind(first + 3, r.Location);
        statement.Bind(first + 4, r.Context);
        statement.Bind(first + 5, r.Unit);
        statement.Bind(first + 6, r.Format);
        statement.Bind(first + 7, r.RawValue);
        // Same text form EF Core's SQLite provider uses for decimal columns.
        statement.Bind(first + 8, r.Value?.ToString("0.0###########################", CultureInfo.InvariantCulture));
        statement.Bind(first + 9, r.Wh);
    }

    private static string BuildSql(int rows)
    {
        var values = Enumerable.Range(0, rows).Select(r =>
            "(?1, ?2, ?3, " + string.Join(", ", Enumerable.Range(SharedParameters + 1 + (r * RowParameters), RowParameters).Select(i => $"?{i}")) + ")");
        return "INSERT OR IGNORE INTO MeterSamples (ChargePointId, ConnectorId, TransactionId, Timestamp, Measurand, Phase, Location, Context, Unit, Format, RawValue, Value, Wh) VALUES "
               + string.Join(", ", values);
    }
}
