using System.Globalization;
using System.Text.Json;
using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Reports;

/// <summary>
/// A report as JSON: <c>{ title, filters, columns:[{key,title,kind,unit,decimals}], rows:[{key: value}], total|null,
/// figures:[{title,value,unit,decimals,previous,changePercent}], chart:{kind,labelColumn,seriesColumns} }</c>.
/// Numbers are JSON numbers, dates "yyyy-MM-dd", enums their names.
/// </summary>
internal sealed class ReportJsonWriter : IReportWriter
{
    public ReportFormat Format => ReportFormat.Json;

    public async Task WriteAsync(ReportResult report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("title", report.Title);
        json.WriteStartArray("filters");
        foreach (var filter in report.Filters)
        {
            json.WriteStringValue(filter);
        }

        json.WriteEndArray();
        WriteColumns(json, report.Columns);
        json.WriteStartArray("rows");
        foreach (var row in report.Rows)
        {
            WriteRow(json, report.Columns, row.Values);
            if (json.BytesPending > 16 * 1024)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WritePropertyName("total");
        if (report.Total is { } total)
        {
            WriteRow(json, report.Columns, total.Values);
        }
        else
        {
            json.WriteNullValue();
        }

        WriteFigures(json, report.Figures);
        WriteChart(json, report.Chart);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteColumns(Utf8JsonWriter json, IReadOnlyList<ReportColumn> columns)
    {
        json.WriteStartArray("columns");
        foreach (var column in columns)
        {
            json.WriteStartObject();
            json.WriteString("key", column.Key);
            json.WriteString("title", column.Title);
            json.WriteString("kind", column.Kind.ToString());
            json.WriteString("unit", column.Unit);
            json.WriteNumber("decimals", column.Decimals);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRow(Utf8JsonWriter json, IReadOnlyList<ReportColumn> columns, IReadOnlyList<object?> values)
    {
        json.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            json.WritePropertyName(columns[i].Key);
            WriteValue(json, i < values.Count ? values[i] : null);
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteFigures(Utf8JsonWriter json, IReadOnlyList<ReportFigure> figures)
    {
        json.WriteStartArray("figures");
        foreach (var figure in figures)
        {
            json.WriteStartObject();
            json.WriteString("title", figure.Title);
            json.WriteNumber("value", figure.Value);
            json.WriteString("unit", figure.Unit);
            json.WriteNumber("decimals", figure.Decimals);
            WriteNullable(json, "previous", figure.Previous);
            WriteNullable(json, "changePercent", figure.ChangePercent);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteChart(Utf8JsonWriter json, ReportChart chart)
    {
        json.WriteStartObject("chart");
        json.WriteString("kind", chart.Kind.ToString());
        json.WriteString("labelColumn", chart.LabelColumn);
        json.WriteStartArray("seriesColumns");
        foreach (var series in chart.SeriesColumns)
        {
            json.WriteStringValue(series);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
