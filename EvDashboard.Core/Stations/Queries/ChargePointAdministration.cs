using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// Operator changes to charge points, each one unit of work of the database writer so that the check
/// (exists? online? has sessions?), the change and its audit entry cannot be split by another write.
/// Callers validate input first; the entity's own guards still apply. Keys are audited as "set", never shown.
/// </summary>
public sealed class ChargePointAdministration(
    DatabaseWriter writer, ChargePointPresence presence, AuditTrail auditTrail, TimeProvider time, ILogger<ChargePointAdministration> logger)
{
    /// <summary>Rows that belong to a charge point and go with it (connectors also cascade).</summary>
    private static readonly string[] DeletedWithChargePoint =
    [
        "DELETE FROM Connectors WHERE ChargePointId = $id",
        "DELETE FROM ConnectorStatusChanges WHERE ChargePointId = $id",
        "DELETE FROM DataTransferMessages WHERE ChargePointId = $id",
        "DELETE FROM ConnectionEvents WHERE ChargePointId = $id",
        // Only a charge point without sessions is deleted, so its samples have no transaction: the
        // (TransactionId, Timestamp) index finds them instead of a scan of every sample.
        "DELETE FROM MeterSamples WHERE TransactionId IS NULL AND ChargePointId = $id",
    ];

    /// <param name="key">The Basic-auth key's bytes; only its hash is stored. Profiles 1 and 2 need one.</param>
    public async Task<ChargePointChangeResult> CreateAsync(
        string id, string? name, SecurityProfile profile, byte[]? key, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var chargePoint = new ChargePoint(id, NormalizeName(name), time.GetUtcNow(), registeredOnFirstConnect: false);
        if (key is not null)
        {
            chargePoint.SetKeyHash(ChargePointKeyHasher.Hash(key));
        }

        if (profile != SecurityProfile.None && key is null)
        {
            return ChargePointChangeResult.KeyRequired;
        }

        chargePoint.ChangeSecurityProfile(profile);
        var entry = auditTrail.Entry(actor, "chargepoint.create", id, AuditResult.Succeeded,
            $"name: {chargePoint.Name ?? "(none)"}; security profile {(int)profile}; key {(key is null ? "not set" : "set")}");
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                if (await scope.Db.ChargePoints.AnyAsync(c => c.Id == id, ct))
                {
                    return ChargePointChangeResult.AlreadyExists;
                }

                scope.Db.ChargePoints.Add(chargePoint);
                AuditTrail.Append(scope, entry);
                return ChargePointChangeResult.Created;
            },
            cancellationToken);
        if (result == ChargePointChangeResult.Created)
        {
            ChargePointAdministrationLog.Created(logger, id, key is not null, (int)profile, actor.Name);
        }

        return result;
    }

    /// <summary>Applies the edit and marks the charge point reviewed (it is no longer "new").</summary>
    public async Task<ChargePointChangeResult> UpdateAsync(string id, ChargePointEdit edit, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(actor);
        if (edit.Key is not null && edit.ClearKey)
        {
            throw new ArgumentException("Set a key or clear it, not both.", nameof(edit));
        }

        var keyHash = edit.Key is null ? null : ChargePointKeyHasher.Hash(edit.Key);
        var result = await writer.ExecuteAsync((scope, ct) => UpdateAsync(scope, id, edit, keyHash, actor, ct), cancellationToken);
        if (result == ChargePointChangeResult.Updated)
        {
            var keyChange = KeyChange(edit);
            ChargePointAdministrationLog.Updated(logger, id, edit.Name is not null, keyChange, actor.Name);
        }

        return result;
    }

    private async Task<ChargePointChangeResult> UpdateAsync(
        WriteScope scope, string id, ChargePointEdit edit, string? keyHash, Actor actor, CancellationToken cancellationToken)
    {
        var chargePoint = await scope.Db.ChargePoints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (chargePoint is null)
        {
            return ChargePointChangeResult.NotFound;
        }

        var before = (chargePoint.Name, chargePoint.SecurityProfile);
        if (edit.Name is not null)
        {
            chargePoint.Rename(NormalizeName(edit.Name));
        }

        if (edit.ClearKey)
        {
            chargePoint.ClearKey();
        }
        else if (keyHash is not null)
        {
            chargePoint.SetKeyHash(keyHash);
        }

        var profile = edit.Profile ?? (keyHash is not null && chargePoint.SecurityProfile == SecurityProfile.None ? SecurityProfile.Basic : chargePoint.SecurityProfile);
        if (profile != SecurityProfile.None && chargePoint.KeyHash is null)
        {
            return ChargePointChangeResult.KeyRequired;
        }

        chargePoint.ChangeSecurityProfile(profile);
        chargePoint.MarkReviewed();
        AuditTrail.Append(scope, auditTrail.Entry(actor, "chargepoint.update", id, AuditResult.Succeeded,
            $"name: {before.Name ?? "(none)"} -> {chargePoint.Name ?? "(none)"}; security profile {(int)before.SecurityProfile} -> {(int)profile}; key {KeyChange(edit)}"));
        return ChargePointChangeResult.Updated;
    }

    /// <summary>
    /// Deletes a charge point with its connectors, status history, data transfers and loose meter samples.
    /// Refused while it is connected, and when it has sessions: sessions are the ledger and are never deleted.
    /// The audit trails (commands, authorisations, ledger anomalies, this log) are kept.
    /// </summary>
    public async Task<ChargePointChangeResult> DeleteAsync(string id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var result = await writer.ExecuteAsync((scope, ct) => DeleteAsync(scope, id, actor, ct), cancellationToken);
        if (result == ChargePointChangeResult.Deleted)
        {
            ChargePointAdministrationLog.Deleted(logger, id, actor.Name);
        }

        return result;
    }

    private async Task<ChargePointChangeResult> DeleteAsync(WriteScope scope, string id, Actor actor, CancellationToken cancellationToken)
    {
        var chargePoint = await scope.Db.ChargePoints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (chargePoint is null)
        {
            return ChargePointChangeResult.NotFound;
        }

        var refusal = presence.IsOnline(id) ? ChargePointChangeResult.Online
            : await scope.Db.ChargingSessions.AnyAsync(s => s.ChargePointId == id, cancellationToken) ? ChargePointChangeResult.HasSessions
            : (ChargePointChangeResult?)null;
        if (refusal is { } refused)
        {
            AuditTrail.Append(scope, auditTrail.Entry(actor, "chargepoint.delete", id, AuditResult.Failed,
                refused == ChargePointChangeResult.Online ? "refused: connected" : "refused: it has charging sessions (the ledger is never deleted)"));
            return refused;
        }

        // EF Core 6 has no bulk delete, and a status history can be long: plain SQL in the unit's transaction.
        foreach (var sql in DeletedWithChargePoint)
        {
            await using var command = scope.CreateCommand(sql);
            command.Parameters.AddWithValue("$id", id);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        scope.Db.ChargePoints.Remove(chargePoint);
        AuditTrail.Append(scope, auditTrail.Entry(actor, "chargepoint.delete", id, AuditResult.Succeeded));
        return ChargePointChangeResult.Deleted;
    }

    private static string KeyChange(ChargePointEdit edit) => edit.ClearKey ? "cleared" : edit.Key is null ? "unchanged" : "set";

    private static string? NormalizeName(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}
