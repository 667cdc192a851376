using System.Globalization;
using EvDashboard.Core.Audit.Queries;
using EvDashboard.Core.Sites;

namespace EvDashboard.Components.Pages.Admin;

/// <summary>
/// Writes audit entries as RFC 4180 CSV, one row at a time: the time in UTC and in the site's zone (ISO 8601),
/// then who, what, on which target, the result and details.
/// </summary>
internal static class AuditCsvWriter
{
    public const string Header = "id,at_utc,at_local,actor,action,target,result,details,remote_address";

    private const int FlushEvery = 500;

    /// <returns>The number of entries written.</returns>
    public static async Task<int> WriteAsync(TextWriter writer, IAsyncEnumerable<AuditRow> rows, SiteClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        await writer.WriteAsync(Header + "\r\n");
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Row(row, clock));
            if (++count % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }

    public static string Row(AuditRow row, SiteClock clock)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(clock);
        string[] fields =
        [
            row.Id.ToString(CultureInfo.InvariantCulture),
            row.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            clock.ToLocal(row.At).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            Text(row.Actor),
            Text(row.Action),
            Text(row.Target),
            Text(row.Result),
            Text(row.Details),
            Text(row.RemoteAddress),
        ];
        return string.Join(',', fields) + "\r\n";
    }

    /// <summary>
    /// Quotes what needs quoting (RFC 4180) and defuses text a spreadsheet would run as a formula (OWASP "CSV
    /// injection"): actors and targets come from sign-in forms and charge point ids, i.e. from anyone.
    /// </summary>
    public static string Text(string? value)
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
