using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity.Csv;

/// <summary>
/// CSV import of idTags in two steps: <see cref="PreviewAsync"/> checks every row (bad values, duplicates, unknown
/// groups) without writing; <see cref="ImportAsync"/> applies a clean preview in one unit of work, so either every
/// row is created or updated, or none is.
/// </summary>
public sealed class IdTagImport(IDbContextFactory<EvDashboardDbContext> contexts, DatabaseWriter writer, AuditTrail auditTrail, TimeProvider time)
{
    public const int MaxRows = 10_000;

    public async Task<IdTagImportPreview> PreviewAsync(Stream csv, CancellationToken cancellationToken)
    {
        var (rows, fileErrors) = await ParseAsync(csv, cancellationToken);
        if (fileErrors.Count > 0)
        {
            return new IdTagImportPreview([], fileErrors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = (await db.IdTags.AsNoTracking().Select(t => t.Value).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inFile = rows.Select(r => r.IdTag).Where(IdTag.IsValidValue).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var checkedRows = new List<IdTagImportRow>(rows.Count);
        foreach (var row in rows)
        {
            var errors = row.Errors.ToList();
            if (IdTag.IsValidValue(row.IdTag) && !firstLine.TryAdd(row.IdTag, row.Line))
            {
                errors.Add($"Duplicate: {row.IdTag} is already on line {firstLine[row.IdTag]} (idTags are compared regardless of case).");
            }

            if (row.Settings?.ParentIdTag is { } parent && !existing.Contains(parent) && !inFile.Contains(parent))
            {
                errors.Add($"Unknown group: {parent} is neither an existing idTag nor in this file.");
            }

            checkedRows.Add(row with { Errors = errors, IsNew = !existing.Contains(row.IdTag) });
        }

        return new IdTagImportPreview(checkedRows, []);
    }

    /// <returns>The number of idTags created and updated.</returns>
    public Task<(int Created, int Updated)> ImportAsync(IdTagImportPreview preview, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (!preview.CanImport)
        {
            throw new InvalidOperationException("Only a preview without errors can be imported.");
        }

        return writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var now = time.GetUtcNow();
                var values = preview.Rows.Select(r => r.IdTag).ToList();
                var tracked = (await scope.Db.IdTags.Where(t => values.Contains(t.Value)).ToListAsync(ct)).ToDictionary(t => t.Value, StringComparer.OrdinalIgnoreCase);
                var (created, updated) = (0, 0);
                foreach (var row in preview.Rows)
                {
                    if (!tracked.TryGetValue(row.IdTag, out var tag))
                    {
                        tag = new IdTag(row.IdTag, now);
                        scope.Db.IdTags.Add(tag);
                        created++;
                    }
                    else
                    {
                        updated++;
                    }

                    row.Settings!.ApplyTo(tag, now);
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, "idtag.import", $"{preview.Rows.Count} idTags", AuditResult.Succeeded,
                    $"{created} created, {updated} updated: {string.Join(", ", values.Take(50))}{(values.Count > 50 ? ", ..." : string.Empty)}"));
                return (created, updated);
            },
            cancellationToken);
    }

    private static async Task<(List<IdTagImportRow> Rows, List<string> FileErrors)> ParseAsync(Stream csv, CancellationToken cancellationToken)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null, DetectDelimiter = true };
        using var reader = new StreamReader(csv);
        using var parser = new CsvReader(reader, config);
        if (!await parser.ReadAsync() || !parser.ReadHeader() || parser.HeaderRecord is not { } header
            || !header.Contains(IdTagCsvColumns.IdTag, StringComparer.OrdinalIgnoreCase))
        {
            return ([], [$"The first line must be a header with at least the column {IdTagCsvColumns.IdTag} (columns: {string.Join(", ", IdTagCsvColumns.All)})."]);
        }

        var columns = header.Select((name, index) => (name: name.Trim(), index)).ToDictionary(c => c.name, c => c.index, StringComparer.OrdinalIgnoreCase);
        var rows = new List<IdTagImportRow>();
        while (await parser.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (rows.Count == MaxRows)
            {
                return ([], [$"At most {MaxRows:N0} idTags per file; split the file."]);
            }

            string? Field(string name) => columns.TryGetValue(name, out var i) && i < parser.Parser.Count ? parser.GetField(i) : null;
            var errors = new List<string>();
            var value = Field(IdTagCsvColumns.IdTag)?.Trim() ?? string.Empty;
            if (!IdTag.IsValidValue(value))
            {
                errors.Add($"{IdTagCsvColumns.IdTag}: 1..{IdTag.MaxLength} printable ASCII characters.");
            }

            var settings = IdTagCsvRowReader.Read(Field, errors);
            rows.Add(new IdTagImportRow(parser.Parser.Row, value, settings, IsNew: true, errors));
        }

        return (rows, []);
    }
}
