using System.Globalization;
using EvDashboard.Core.Common;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Components.Shared;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>
/// Writes sessions as RFC 4180 CSV, one row at a time, with units in the column names. Times are given in UTC and
/// in the site's zone (ISO 8601 with offset); energy in whole Wh; durations in whole seconds; idTags masked, as on the page.
/// Costs are in major units with exactly the currency's digits ("12.34"), incl. VAT in cost_total; cost_final is false
/// for the running cost of a session still charging; an unpriced session leaves the cost columns empty.
/// </summary>
internal static class SessionCsvWriter
{
    public const string Header =
        "transaction_id,charge_point_id,connector_id,id_tag_masked,status,started_at_utc,started_at_local,ended_at_utc,ended_at_local,"
        + "interrupted_at_utc,duration_s,energy_wh,meter_start_wh,meter_stop_wh,stop_reason,warnings,"
        + "cost_currency,cost_net,cost_vat,cost_total,cost_final";

    /// <summary>Rows are priced and flushed in batches of this many (one cost read per batch).</summary>
    private const int BatchSize = 500;

    /// <returns>The number of sessions written.</returns>
    public static async Task<int> WriteAsync(
        TextWriter writer, IAsyncEnumerable<SessionHistoryRow> rows, SiteClock clock, ISessionCosts costs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(costs);
        await writer.WriteAsync(Header.AsMemory(), cancellationToken);
        await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
        var count = 0;
        var batch = new List<SessionHistoryRow>(BatchSize);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                count += await WriteBatchAsync(writer, batch, clock, costs, cancellationToken);
            }
        }

        count += await WriteBatchAsync(writer, batch, clock, costs, cancellationToken);
        return count;
    }

    private static async Task<int> WriteBatchAsync(
        TextWriter writer, List<SessionHistoryRow> batch, SiteClock clock, ISessionCosts costs, CancellationToken cancellationToken)
    {
        var written = batch.Count;
        var priced = written == 0
            ? new Dictionary<int, SessionCost>()
            : await costs.GetManyAsync(batch.ConvertAll(r => r.TransactionId), cancellationToken);
        foreach (var row in batch)
        {
            await writer.WriteAsync(Line(row, clock, priced.GetValueOrDefault(row.TransactionId)).AsMemory(), cancellationToken);
        }

        batch.Clear();
        await writer.FlushAsync(cancellationToken);
        return written;
    }

    public static string Line(SessionHistoryRow row, SiteClock clock, SessionCost? cost = null)
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
            .. CostFields(cost),
        ];
        return string.Join(',', fields) + "\r\n";
    }

    private static string[] CostFields(SessionCost? cost)
    {
        if (cost is null)
        {
            return [string.Empty, string.Empty, string.Empty, string.Empty, string.Empty];
        }

        var breakdown = cost.Breakdown;
        return
        [
            Text(breakdown.Currency),
            Money.MajorText(breakdown.NetMinor, breakdown.Currency),
            Money.MajorText(breakdown.VatMinor, breakdown.Currency),
            Money.MajorText(breakdown.TotalMinor, breakdown.Currency),
            cost.IsFinal ? "true" : "false",
        ];
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
