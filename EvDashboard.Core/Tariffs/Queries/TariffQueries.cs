using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Tariffs.Queries;

/// <summary>The read side of the tariff catalogue for the pages and the API: lists, one tariff's history, pickers.</summary>
public sealed class TariffQueries(IDbContextFactory<EvDashboardDbContext> contexts)
{
    public async Task<IReadOnlyList<TariffRow>> ListAsync(bool includeArchived, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tariffs = db.Tariffs.AsNoTracking().Where(t => includeArchived || !t.IsArchived);
        var rows = await tariffs
            .OrderBy(t => t.Name)
            .Select(t => new
            {
                t.Id, t.Name, t.Description, t.Currency, t.CurrentVersion, t.IsArchived, t.UpdatedAt,
                Json = db.TariffVersions.Where(v => v.TariffId == t.Id && v.Version == t.CurrentVersion).Select(v => v.DefinitionJson).FirstOrDefault(),
                Assignments = db.TariffAssignments.Count(a => a.TariffId == t.Id),
            })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r =>
        {
            var definition = r.Json is null ? null : TariffJson.DeserializeDefinition(r.Json);
            return new TariffRow(r.Id, r.Name, r.Description, r.Currency, r.CurrentVersion, TariffSummary.Describe(definition), r.Assignments, r.IsArchived, r.UpdatedAt, definition);
        });
    }

    public async Task<TariffDetail?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tariff = await db.Tariffs.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tariff is null)
        {
            return null;
        }

        var versions = await db.TariffVersions.AsNoTracking().Where(v => v.TariffId == id).OrderByDescending(v => v.Version)
            .Select(v => new TariffVersionRow(v.Id, v.Version, v.CreatedAt, v.CreatedBy)).ToListAsync(cancellationToken);
        var assignments = await db.TariffAssignments.AsNoTracking().Where(a => a.TariffId == id)
            .Select(a => new TariffAssignmentRow(a.Id, a.Scope, a.ChargePointId, a.ConnectorId, a.IdTagGroup, a.CreatedBy, a.CreatedAt))
            .ToListAsync(cancellationToken);
        var json = await db.TariffVersions.AsNoTracking().Where(v => v.TariffId == id && v.Version == tariff.CurrentVersion)
            .Select(v => v.DefinitionJson).FirstOrDefaultAsync(cancellationToken);
        var ordered = assignments.OrderBy(a => a.Scope).ThenBy(a => a.ChargePointId, StringComparer.Ordinal).ThenBy(a => a.ConnectorId)
            .ThenBy(a => a.IdTagGroup, StringComparer.OrdinalIgnoreCase).ToList();
        return new TariffDetail(tariff.Id, tariff.Name, tariff.Description, tariff.Currency, tariff.CurrentVersion, tariff.IsArchived,
            tariff.CreatedAt, tariff.UpdatedAt, json is null ? null : TariffJson.DeserializeDefinition(json), versions, ordered);
    }

    /// <summary>The prices of one version, as frozen on the sessions that started under it; null when there is no such version.</summary>
    public async Task<TariffDefinition?> GetVersionAsync(int tariffId, int version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.TariffVersions.AsNoTracking().Where(v => v.TariffId == tariffId && v.Version == version)
            .Select(v => v.DefinitionJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : TariffJson.DeserializeDefinition(json);
    }

    /// <summary>Whether another tariff has this name (compared regardless of case), for the editor's message as you type.</summary>
    public async Task<bool> NameTakenAsync(string name, int? exceptId, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tariffs.AsNoTracking().AnyAsync(t => t.Name == trimmed && t.Id != (exceptId ?? 0), cancellationToken);
    }

    /// <summary>Charge points and their connectors (connector 0, the whole charge point, is not one a tariff can sit on).</summary>
    public async Task<IReadOnlyList<ChargePointChoice>> ChargePointsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chargePoints = await db.ChargePoints.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var connectors = (await db.Connectors.AsNoTracking().Where(c => c.ConnectorId >= 1)
            .Select(c => new { c.ChargePointId, c.ConnectorId }).ToListAsync(cancellationToken))
            .ToLookup(c => c.ChargePointId, c => c.ConnectorId, StringComparer.Ordinal);
        return chargePoints.ConvertAll(c => new ChargePointChoice(c.Id, c.Name, connectors[c.Id].Order().ToList()));
    }

    /// <summary>The idTag groups in use: every distinct parent idTag.</summary>
    public async Task<IReadOnlyList<string>> IdTagGroupsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await db.IdTags.AsNoTracking().Where(t => t.ParentIdTag != null).Select(t => t.ParentIdTag!).Distinct().ToListAsync(cancellationToken);
        return groups.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
