using System.Globalization;
using CsvHelper;
using EvDashboard.Core.Billing.Queries;
using EvDashboard.Core.Common;

namespace EvDashboard.Core.Billing.Csv;

/// <summary>
/// Writes invoices as RFC 4180 CSV, one row at a time: times in UTC and in the site's zone (ISO 8601), amounts in
/// major units with a point ("12.34", credit notes negative) next to their currency, so a spreadsheet sums them.
/// </summary>
public static class InvoiceCsvWriter
{
    public static readonly string[] Columns =
    [
        "number", "kind", "issued_at_utc", "issued_at_local", "due_date", "buyer", "id_tag", "group", "currency",
        "net", "vat", "total", "status", "credits", "credited_by",
    ];

    private const int FlushEvery = 500;

    /// <returns>The number of invoices written.</returns>
    public static async Task<int> WriteAsync(TextWriter writer, IAsyncEnumerable<InvoiceRow> rows, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(zone);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteRow(csv, row, zone);
            await csv.NextRecordAsync();
            if (++count % FlushEvery == 0)
            {
                await csv.FlushAsync();
            }
        }

        await csv.FlushAsync();
        return count;
    }

    private static void WriteRow(CsvWriter csv, InvoiceRow row, TimeZoneInfo zone)
    {
        csv.WriteField(row.Number);
        csv.WriteField(row.Kind.ToString());
        csv.WriteField(row.IssuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        csv.WriteField(TimeZoneInfo.ConvertTime(row.IssuedAt, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        csv.WriteField(row.Kind == InvoiceKind.CreditNote ? string.Empty : TimeZoneInfo.ConvertTime(row.DueAt, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        csv.WriteField(Defuse(row.BuyerName));
        csv.WriteField(Defuse(row.BuyerIdTag));
        csv.WriteField(Defuse(row.BuyerGroup));
        csv.WriteField(row.Currency);
        csv.WriteField(Amount(row.Currency, row.NetMinor));
        csv.WriteField(Amount(row.Currency, row.VatMinor));
        csv.WriteField(Amount(row.Currency, row.TotalMinor));
        csv.WriteField(row.Kind == InvoiceKind.CreditNote ? "Credit" : row.IsOverdue ? "Overdue" : row.PaymentStatus.ToString());
        csv.WriteField(row.CreditedNumber ?? string.Empty);
        csv.WriteField(row.CreditedBy ?? string.Empty);
    }

    private static string Amount(string currency, long minor)
    {
        var digits = Currency.TryFind(currency, out var known) ? known.MinorDigits : 0;
        var major = known?.ToMajor(minor) ?? minor;
        return major.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Defuses text a spreadsheet would run as a formula (OWASP "CSV injection"): buyer names and idTags come from
    /// operators' typing and from charge points. Amounts are written by us and may be negative, so only text is defused.
    /// </summary>
    internal static string Defuse(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
