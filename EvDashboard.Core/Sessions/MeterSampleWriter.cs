using System.Globalization;
using EvDashboard.Core.Data;
using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Sessions;

/// <summary>
/// Stores sampled values with INSERT OR IGNORE against the sample key's unique index: a replayed
/// MeterValues or StopTransaction adds nothing, and a busy charger's 10 values cost one prepared
/// statement each rather than ten EF change-tracker entries.
/// </summary>
internal static class MeterSampleWriter
{
    private const string InsertSql =
        "INSERT OR IGNORE INTO MeterSamples (ChargePointId, ConnectorId, TransactionId, Timestamp, Measurand, Phase, Location, Context, Unit, Format, RawValue, Value, Wh) " +
        "VALUES ($cp, $connector, $tx, $ts, $measurand, $phase, $location, $context, $unit, $format, $raw, $value, $wh)";

    /// <returns>How many samples were new (the rest were already stored).</returns>
    public static async Task<int> InsertAsync(
        WriteScope scope, string chargePointId, int connectorId, int? transactionId, IReadOnlyList<TimedReadings> meterValues, CancellationToken cancellationToken)
    {
        await using var command = scope.CreateCommand(InsertSql);
        var p = command.Parameters;
        p.AddWithValue("$cp", chargePointId);
        p.AddWithValue("$connector", connectorId);
        p.AddWithValue("$tx", (object?)transactionId ?? DBNull.Value);
        var ts = p.Add("$ts", SqliteType.Integer);
        var measurand = p.Add("$measurand", SqliteType.Text);
        var phase = p.Add("$phase", SqliteType.Text);
        var location = p.Add("$location", SqliteType.Text);
        var context = p.Add("$context", SqliteType.Text);
        var unit = p.Add("$unit", SqliteType.Text);
        var format = p.Add("$format", SqliteType.Text);
        var raw = p.Add("$raw", SqliteType.Text);
        var value = p.Add("$value", SqliteType.Text);
        var wh = p.Add("$wh", SqliteType.Integer);

        var inserted = 0;
        foreach (var meterValue in meterValues)
        {
            ts.Value = meterValue.Timestamp.UtcTicks;
            foreach (var r in meterValue.Readings)
            {
                measurand.Value = r.Measurand;
                phase.Value = r.Phase;
                location.Value = r.Location;
                context.Value = r.Context;
                unit.Value = r.Unit;
                format.Value = r.Format;
                raw.Value = r.RawValue;
                // Same text form EF Core's SQLite provider uses for decimal columns.
                value.Value = r.Value is { } v ? v.ToString("0.0###########################", CultureInfo.InvariantCulture) : DBNull.Value;
                wh.Value = (object?)r.Wh ?? DBNull.Value;
                inserted += await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return inserted;
    }
}
