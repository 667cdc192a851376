using System.Globalization;
using EvDashboard.Core.Data;
using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Sessions;

/// <summary>
/// Stores sampled values with INSERT OR IGNORE against the sample key's unique index: a replayed
/// MeterValues or StopTransaction adds nothing. Rows go in as multi-row statements (up to
/// <see cref="MaxRowsPerStatement"/>), prepared once per row count on the writer's connection, so a
/// typical MeterValues with 10 sampled values costs one statement.
/// </summary>
internal static class MeterSampleWriter
{
    public const int MaxRowsPerStatement = 16;

    private const int Columns = 13;

    private static readonly string[] Sql = Enumerable.Range(0, MaxRowsPerStatement + 1).Select(BuildSql).ToArray();

    /// <returns>How many samples were new (the rest were already stored).</returns>
    public static async Task<int> InsertAsync(
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
            var command = scope.Command(Sql[count], p => DeclareParameters(p, count));
            for (var i = 0; i < count; i++)
            {
                Bind(command.Parameters, i, chargePointId, connectorId, transactionId, rows[start + i].Timestamp, rows[start + i].Reading);
            }

            inserted += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return inserted;
    }

    private static void Bind(SqliteParameterCollection p, int row, string chargePointId, int connectorId, int? transactionId, DateTimeOffset timestamp, SampledReading r)
    {
        var o = row * Columns;
        p[o].Value = chargePointId;
        p[o + 1].Value = connectorId;
        p[o + 2].Value = (object?)transactionId ?? DBNull.Value;
        p[o + 3].Value = timestamp.UtcTicks;
        p[o + 4].Value = r.Measurand;
        p[o + 5].Value = r.Phase;
        p[o + 6].Value = r.Location;
        p[o + 7].Value = r.Context;
        p[o + 8].Value = r.Unit;
        p[o + 9].Value = r.Format;
        p[o + 10].Value = r.RawValue;
        // Same text form EF Core's SQLite provider uses for decimal columns.
        p[o + 11].Value = r.Value is { } v ? v.ToString("0.0###########################", CultureInfo.InvariantCulture) : DBNull.Value;
        p[o + 12].Value = (object?)r.Wh ?? DBNull.Value;
    }

    private static void DeclareParameters(SqliteParameterCollection p, int rows)
    {
        for (var i = 0; i < rows * Columns; i++)
        {
            p.Add($"$p{i}", ColumnType(i % Columns));
        }
    }

    private static SqliteType ColumnType(int column) => column is 1 or 2 or 3 or 12 ? SqliteType.Integer : SqliteType.Text;

    private static string BuildSql(int rows)
    {
        var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(r * Columns, Columns).Select(i => $"$p{i}")) + ")");
        return "INSERT OR IGNORE INTO MeterSamples (ChargePointId, ConnectorId, TransactionId, Timestamp, Measurand, Phase, Location, Context, Unit, Format, RawValue, Value, Wh) VALUES "
               + string.Join(", ", values);
    }
}
