using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Tariffs.Administration;

/// <summary>
/// Operator changes to tariffs, each one unit of work of the database writer together with its audit entry.
/// Prices are never edited in place: a changed definition becomes a new version, so sessions keep the version
/// frozen at their start. Bad input returns the validator's errors and stores nothing.
/// </summary>
public sealed class TariffAdministration(DatabaseWriter writer, AuditTrail auditTrail, TimeProvider time, ILogger<TariffAdministration> logger)
{
    public async Task<TariffChangeResult> CreateAsync(string? name, string? description, TariffDefinition? definition, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var normalized = definition is null ? null : TariffNormalizer.Normalize(definition);
        var errors = TariffValidator.ValidateName(name, description);
        errors.AddRange(TariffValidator.Validate(normalized));
        if (!errors.IsEmpty)
        {
            return TariffChangeResult.Invalid(errors);
        }

        var (cleanName, cleanDescription) = (name!.Trim(), Clean(description));
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                if (await NameTakenAsync(scope, cleanName, null, ct))
                {
                    return NameTaken(cleanName);
                }

                var now = time.GetUtcNow();
                var tariff = new Tariff(cleanName, cleanDescription, normalized!.Currency, now);
                scope.Db.Tariffs.Add(tariff);
                scope.Db.TariffVersions.Add(tariff.AddVersion(normalized, actor.Name, now));
                await scope.Db.SaveChangesAsync(ct);
                AuditTrail.Append(scope, auditTrail.Entry(actor, "tariff.create", cleanName, AuditResult.Succeeded, $"#{tariff.Id} in {tariff.Currency}, version 1"));
                return new TariffChangeResult(TariffChangeStatus.Created, tariff.Id, 1);
            },
            cancellationToken);
        Log(result, "created");
        return result;
    }

    /// <summary>Adds a version when <paramref name="definition"/> differs from the current one; an equal definition stores nothing.</summary>
    public async Task<TariffChangeResult> SaveVersionAsync(int tariffId, TariffDefinition? definition, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var normalized = definition is null ? null : TariffNormalizer.Normalize(definition);
        var errors = TariffValidator.Validate(normalized);
        if (!errors.IsEmpty)
        {
            return TariffChangeResult.Invalid(errors);
        }

        var json = TariffJson.Serialize(normalized!);
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var tariff = await scope.Db.Tariffs.FirstOrDefaultAsync(t => t.Id == tariffId, ct);
                if (tariff is null)
                {
                    return TariffChangeResult.NotFound;
                }

                if (!string.Equals(normalized!.Currency, tariff.Currency, StringComparison.Ordinal))
                {
                    return TariffChangeResult.Invalid("Currency", $"This tariff prices in {tariff.Currency}; the currency is fixed when a tariff is created.");
                }

                var current = await scope.Db.TariffVersions.Where(v => v.TariffId == tariffId && v.Version == tariff.CurrentVersion)
                    .Select(v => v.DefinitionJson).FirstOrDefaultAsync(ct);
                if (string.Equals(current, json, StringComparison.Ordinal))
                {
                    return new TariffChangeResult(TariffChangeStatus.Unchanged, tariffId, tariff.CurrentVersion);
                }

                scope.Db.TariffVersions.Add(tariff.AddVersion(normalized, actor.Name, time.GetUtcNow()));
                AuditTrail.Append(scope, auditTrail.Entry(actor, "tariff.version", tariff.Name, AuditResult.Succeeded, $"#{tariffId} version {tariff.CurrentVersion}"));
                return new TariffChangeResult(TariffChangeStatus.Saved, tariffId, tariff.CurrentVersion);
            },
            cancellationToken);
        Log(result, "given a new version");
        return result;
    }

    public async Task<TariffChangeResult> RenameAsync(int tariffId, string? name, string? description, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = TariffValidator.ValidateName(name, description);
        if (!errors.IsEmpty)
        {
            return TariffChangeResult.Invalid(errors);
        }

        var (cleanName, cleanDescription) = (name!.Trim(), Clean(description));
        return await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var tariff = await scope.Db.Tariffs.FirstOrDefaultAsync(t => t.Id == tariffId, ct);
                if (tariff is null)
                {
                    return TariffChangeResult.NotFound;
                }

                if (await NameTakenAsync(scope, cleanName, tariffId, ct))
                {
                    return NameTaken(cleanName);
                }

                if (tariff.Name == cleanName && tariff.Description == cleanDescription)
                {
                    return new TariffChangeResult(TariffChangeStatus.Unchanged, tariffId, tariff.CurrentVersion);
                }

                var details = tariff.Name == cleanName ? "description changed" : $"was {tariff.Name}";
                tariff.Rename(cleanName, cleanDescription, time.GetUtcNow());
                AuditTrail.Append(scope, auditTrail.Entry(actor, "tariff.rename", cleanName, AuditResult.Succeeded, $"#{tariffId}, {details}"));
                return new TariffChangeResult(TariffChangeStatus.Saved, tariffId, tariff.CurrentVersion);
            },
            cancellationToken);
    }

    /// <summary>Archives (no new session gets the tariff) or restores it; its versions stay for the sessions that used them.</summary>
    public Task<TariffChangeResult> SetArchivedAsync(int tariffId, bool archived, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var tariff = await scope.Db.Tariffs.FirstOrDefaultAsync(t => t.Id == tariffId, ct);
                if (tariff is null)
                {
                    return TariffChangeResult.NotFound;
                }

                if (tariff.IsArchived == archived)
                {
                    return new TariffChangeResult(TariffChangeStatus.Unchanged, tariffId, tariff.CurrentVersion);
                }

                if (archived)
                {
                    tariff.Archive(time.GetUtcNow());
                }
                else
                {
                    tariff.Restore(time.GetUtcNow());
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, archived ? "tariff.archive" : "tariff.restore", tariff.Name, AuditResult.Succeeded, $"#{tariffId}"));
                return new TariffChangeResult(TariffChangeStatus.Saved, tariffId, tariff.CurrentVersion);
            },
            cancellationToken);
    }

    internal static Task<bool> NameTakenAsync(WriteScope scope, string name, int? exceptId, CancellationToken cancellationToken) =>
        // The Name column has NOCASE collation: "Standard" and "standard" are the same name.
        scope.Db.Tariffs.AnyAsync(t => t.Name == name && t.Id != (exceptId ?? 0), cancellationToken);

    private static TariffChangeResult NameTaken(string name) =>
        TariffChangeResult.Invalid("Name", $"A tariff named '{name}' exists already (names are compared regardless of case).");

    private static string? Clean(string? description) => string.IsNullOrWhiteSpace(description) ? null : description.Trim();

    private void Log(TariffChangeResult result, string what)
    {
        if (result.Status is TariffChangeStatus.Created or TariffChangeStatus.Saved)
        {
            TariffAdministrationLog.Changed(logger, result.TariffId ?? 0, what, result.Version ?? 0);
        }
    }
}
