using System.Globalization;
using EvDashboard.Core.Common;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>
/// Writes sessions as RFC 4180 CSV, one row at a time, with units in the column names. Times are given in UTC and
/// in the site's zone (ISO 8601 with offset); energy in whole Wh; durations in whole seconds; idTags masked, as on the page.
/// </summary>
internal static class SessionCsvWriter
{
    public const string Header =
        "transaction_id,charge_point_id,connector_id,id_tag_masked,status,started_at_utc,started_at_local,ended_at_utc,ended_at_local,"
        + "interrupted_at_utc,duration_s,energy_wh,meter_start_wh,meter_stop_wh,stop_reason,warnings";

    private const int FlushEvery = 500;

    /// <returns>The number of sessions written.</returns>
    public static async Task<int> WriteAsync(TextWriter writer, IAsyncEnumerable<SessionHistoryRow> rows, SiteClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(clock);
        await writer.WriteAsync(Header.AsMemory(), cancellationToken);
        await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(row, clock).AsMemory(), cancellationToken);
            if (++count % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }

    public static string Line(SessionHistoryRow row, SiteClock clock)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(clock);
        string[] fields =
        [
            Number(row.TransactionId),
            Text(row.ChargePointId),
            Number(row.ConnectorId),
            Text(IdTagMask.Mask(row.IdTag)),
            row.Status.ToString().ToLowerInvariant(),
            Utc(row.StartedAt),
            Local(row.StartedAt, clock),
            Utc(row.EndedAt),
            Local(row.EndedAt, clock),
            Utc(row.InterruptedAt),
            Number((long)row.Duration.TotalSeconds),
            Number(row.EnergyWh),
            Number(row.MeterStartWh),
            row.MeterStopWh is { } stop ? Number(stop) : string.Empty,
            Text(row.StopReason),
            Text(row.Warnings == SessionWarnings.None ? null : row.Warnings.ToString().Replace(", ", "|", StringComparison.Ordinal)),
        ];
        return string.Join(',', fields) + "\r\n";
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Local(DateTimeOffset? at, SiteClock clock) =>
        at is { } t ? clock.ToLocal(t).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Quotes what needs quoting (RFC 4180) and defuses text a spreadsheet would run as a formula (charge point ids come from URLs).</summary>
    private static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
