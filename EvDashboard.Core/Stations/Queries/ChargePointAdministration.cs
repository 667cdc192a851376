using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// Operator changes to charge points, each one unit of work of the database writer so that the check
/// (exists? online? has sessions?) and the change cannot be split by another write.
/// Callers validate input first; the entity's own guards still apply.
/// </summary>
public sealed class ChargePointAdministration(
    DatabaseWriter writer, ChargePointPresence presence, TimeProvider time, ILogger<ChargePointAdministration> logger)
{
    /// <summary>Rows that belong to a charge point and go with it (connectors also cascade).</summary>
    private static readonly string[] DeletedWithChargePoint =
    [
        "DELETE FROM Connectors WHERE ChargePointId = $id",
        "DELETE FROM ConnectorStatusChanges WHERE ChargePointId = $id",
        "DELETE FROM DataTransferMessages WHERE ChargePointId = $id",
        // Only a charge point without sessions is deleted, so its samples have no transaction: the
        // (TransactionId, Timestamp) index finds them instead of a scan of every sample.
        "DELETE FROM MeterSamples WHERE TransactionId IS NULL AND ChargePointId = $id",
    ];

    /// <param name="key">The Basic-auth key (checked with <see cref="ChargePointKeyHasher.IsAcceptableKey"/>); only its hash is stored.</param>
    public async Task<ChargePointChangeResult> CreateAsync(string id, string? name, string? key, CancellationToken cancellationToken)
    {
        var chargePoint = new ChargePoint(id, NormalizeName(name), time.GetUtcNow(), registeredOnFirstConnect: false);
        if (key is not null)
        {
            chargePoint.SetKeyHash(ChargePointKeyHasher.Hash(key));
        }

        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                if (await scope.Db.ChargePoints.AnyAsync(c => c.Id == id, ct))
                {
                    return ChargePointChangeResult.AlreadyExists;
                }

                scope.Db.ChargePoints.Add(chargePoint);
                return ChargePointChangeResult.Created;
            },
            cancellationToken);
        if (result == ChargePointChangeResult.Created)
        {
            ChargePointAdministrationLog.Created(logger, id, key is not null);
        }

        return result;
    }

    /// <summary>Applies the edit and marks the charge point reviewed (it is no longer "new").</summary>
    public async Task<ChargePointChangeResult> UpdateAsync(string id, ChargePointEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (edit.Key is not null && edit.ClearKey)
        {
            throw new ArgumentException("Set a key or clear it, not both.", nameof(edit));
        }

        var keyHash = edit.Key is null ? null : ChargePointKeyHasher.Hash(edit.Key);
        var result = await writer.ExecuteAsync((scope, ct) => UpdateAsync(scope, id, edit, keyHash, ct), cancellationToken);
        if (result == ChargePointChangeResult.Updated)
        {
            ChargePointAdministrationLog.Updated(logger, id, edit.Name is not null, edit.ClearKey ? "cleared" : keyHash is null ? "unchanged" : "set");
        }

        return result;
    }

    private static async Task<ChargePointChangeResult> UpdateAsync(
        WriteScope scope, string id, ChargePointEdit edit, string? keyHash, CancellationToken cancellationToken)
    {
        var chargePoint = await scope.Db.ChargePoints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (chargePoint is null)
        {
            return ChargePointChangeResult.NotFound;
        }

        if (edit.Name is not null)
        {
            chargePoint.Rename(NormalizeName(edit.Name));
        }

        if (keyHash is not null || edit.ClearKey)
        {
            chargePoint.SetKeyHash(keyHash);
        }

        chargePoint.MarkReviewed();
        return ChargePointChangeResult.Updated;
    }

    /// <summary>
    /// Deletes a charge point with its connectors, status history, data transfers and loose meter samples.
    /// Refused while it is connected, and when it has sessions: sessions are the ledger and are never deleted.
    /// The audit trails (commands, authorisations, ledger anomalies) are kept.
    /// </summary>
    public async Task<ChargePointChangeResult> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var result = await writer.ExecuteAsync((scope, ct) => DeleteAsync(scope, id, ct), cancellationToken);
        if (result == ChargePointChangeResult.Deleted)
        {
            ChargePointAdministrationLog.Deleted(logger, id);
        }

        return result;
    }

    private async Task<ChargePointChangeResult> DeleteAsync(WriteScope scope, string id, CancellationToken cancellationToken)
    {
        var chargePoint = await scope.Db.ChargePoints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (chargePoint is null)
        {
            return ChargePointChangeResult.NotFound;
        }

        if (presence.IsOnline(id))
        {
            return ChargePointChangeResult.Online;
        }

        if (await scope.Db.ChargingSessions.AnyAsync(s => s.ChargePointId == id, cancellationToken))
        {
            return ChargePointChangeResult.HasSessions;
        }

        // EF Core 6 has no bulk delete, and a status history can be long: plain SQL in the unit's transaction.
        foreach (var sql in DeletedWithChargePoint)
        {
            await using var command = scope.CreateCommand(sql);
            command.Parameters.AddWithValue("$id", id);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        scope.Db.ChargePoints.Remove(chargePoint);
        return ChargePointChangeResult.Deleted;
    }

    private static string? NormalizeName(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}
