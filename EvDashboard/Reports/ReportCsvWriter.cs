using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Reports;

/// <summary>
/// A report as RFC 4180 CSV (CsvHelper): a header of titles with units ("Gross (EUR)"), one line per row in invariant
/// culture (dates yyyy-MM-dd, '.' as decimal point, the column's decimals), and the total row last, labelled "Total".
/// </summary>
internal sealed class ReportCsvWriter : IReportWriter
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        // Only text cells are defused (below): CsvHelper's own injection escaping would also prefix negative numbers.
        InjectionOptions = InjectionOptions.None,
    };

    public ReportFormat Format => ReportFormat.Csv;

    public async Task WriteAsync(ReportResult report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(text, Configuration, leaveOpen: true);
        foreach (var column in report.Columns)
        {
            csv.WriteField(ReportCells.Header(column));
        }

        await csv.NextRecordAsync();
        foreach (var row in report.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteRowAsync(csv, report.Columns, row.Values);
        }

        if (report.Total is { } total)
        {
            await WriteRowAsync(csv, report.Columns, ReportCells.TotalValues(total));
        }

        await csv.FlushAsync();
        await text.FlushAsync(cancellationToken);
    }

    private static async Task WriteRowAsync(CsvWriter csv, IReadOnlyList<ReportColumn> columns, IReadOnlyList<object?> values)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var value = i < values.Count ? values[i] : null;
            csv.WriteField(value is string text ? Defuse(text) : ReportCells.Plain(value, columns[i]));
        }

        await csv.NextRecordAsync();
    }

    /// <summary>Names come from operators and URLs: a spreadsheet must not run one as a formula.</summary>
    private static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
