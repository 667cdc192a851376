using System.Globalization;
using CsvHelper;
using EvDashboard.Core.Identity.Queries;

namespace EvDashboard.Core.Identity.Csv;

/// <summary>Writes idTags as RFC 4180 CSV, one row at a time; times in UTC (ISO 8601), energy in Wh, cost in minor units.</summary>
public static class IdTagCsvWriter
{
    private const int FlushEvery = 500;

    /// <returns>The number of idTags written.</returns>
    public static async Task<int> WriteAsync(TextWriter writer, IAsyncEnumerable<IdTagView> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in IdTagCsvColumns.All)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var tag in tags.WithCancellation(cancellationToken))
        {
            WriteRow(csv, tag);
            await csv.NextRecordAsync();
            if (++count % FlushEvery == 0)
            {
                await csv.FlushAsync();
            }
        }

        await csv.FlushAsync();
        return count;
    }

    private static void WriteRow(CsvWriter csv, IdTagView tag)
    {
        csv.WriteField(tag.IdTag);
        csv.WriteField(tag.Type.ToString());
        csv.WriteField(tag.Status.ToString());
        csv.WriteField(tag.OwnerName ?? string.Empty);
        csv.WriteField(tag.ParentIdTag ?? string.Empty);
        csv.WriteField(tag.ExpiresAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty);
        csv.WriteField(tag.MaxConcurrentSessions?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        csv.WriteField(tag.Budget?.Period.ToString() ?? string.Empty);
        csv.WriteField(tag.Budget?.EnergyWh?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        csv.WriteField(tag.Budget?.CostMinor?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        csv.WriteField(tag.Budget?.Currency ?? string.Empty);
    }
}
