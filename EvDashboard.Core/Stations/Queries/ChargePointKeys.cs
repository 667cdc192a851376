using System.Text.Json;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.V16;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// New random keys for charge points (OCPP 1.6 Security Whitepaper, profile 1: a 16..20-byte random key, given to
/// the charger hex-encoded in the write-only configuration key AuthorizationKey). A connected charger is sent the
/// key first and the stored hash switches only when it answers Accepted, so a charger is never locked out by a key it
/// never got. The key itself is returned once and never stored, logged, recorded or audited.
/// </summary>
public sealed class ChargePointKeys(
    DatabaseWriter writer,
    ChargePointCommandService commands,
    IChargePointMessenger messenger,
    AuditTrail auditTrail,
    ILogger<ChargePointKeys> logger)
{
    public const string AuthorizationKey = "AuthorizationKey";

    /// <summary>Generates a key: sent and then stored when the charge point is connected, stored directly when it is not.</summary>
    public async Task<KeyChangeOutcome> NewKeyAsync(string chargePointId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (key, hex) = ChargePointKeyHasher.Generate();
        var hash = ChargePointKeyHasher.Hash(key);
        if (!messenger.IsConnected(chargePointId))
        {
            return await StoreAsync(chargePointId, hash, hex, KeyChangeStatus.Set, actor, cancellationToken);
        }

        var refusal = await SendAsync(chargePointId, hex, actor, cancellationToken);
        if (refusal is not null)
        {
            await auditTrail.RecordAsync(actor, "chargepoint.key.rotate", chargePointId, AuditResult.Failed, $"old key kept: {refusal}", null, cancellationToken);
            var outcome = $"not switched ({refusal})";
            ChargePointAdministrationLog.KeyChanged(logger, chargePointId, outcome, actor.Name);
            return new KeyChangeOutcome(KeyChangeStatus.NotSwitched, Detail: refusal);
        }

        return await StoreAsync(chargePointId, hash, hex, KeyChangeStatus.Rotated, actor, cancellationToken);
    }

    /// <returns>Null when the charger accepted the key; otherwise why not.</returns>
    private async Task<string?> SendAsync(string chargePointId, string hex, Actor actor, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.SerializeToElement(
            new ChangeConfigurationRequest { Key = AuthorizationKey, Value = hex }, OcppJsonContext.Default.ChangeConfigurationRequest);
        var recorded = JsonSerializer.SerializeToElement(
            new ChangeConfigurationRequest { Key = AuthorizationKey, Value = "(new key, not recorded)" }, OcppJsonContext.Default.ChangeConfigurationRequest);
        var result = await commands.SendAsync(chargePointId, OcppActions.ChangeConfiguration, payload, recorded, actor.Name, cancellationToken);
        if (result.Outcome != CommandOutcome.Answered)
        {
            return result.Outcome switch
            {
                CommandOutcome.CallError => $"the charger answered CALLERROR {result.ErrorCode} {result.ErrorDescription}".TrimEnd(),
                CommandOutcome.Timeout => $"no answer in time ({result.ErrorDescription})",
                CommandOutcome.Offline => $"the charger went offline ({result.ErrorDescription})",
                _ => $"invalid answer ({result.ErrorDescription})",
            };
        }

        var answer = JsonSerializer.Deserialize(result.ResponseJson!, OcppJsonContext.Default.ChangeConfigurationResponse);
        // Only Accepted means the charger uses the key from now on. RebootRequired would switch it at some later
        // reboot; switching now could lock it out on a reconnect before that, not switching locks it out after it.
        return answer?.Status == ConfigurationStatus.Accepted
            ? null
            : $"the charger answered {answer?.Status.ToString() ?? "nothing"} to ChangeConfiguration AuthorizationKey";
    }

    private async Task<KeyChangeOutcome> StoreAsync(
        string chargePointId, string hash, string hex, KeyChangeStatus status, Actor actor, CancellationToken cancellationToken)
    {
        var action = status == KeyChangeStatus.Rotated ? "chargepoint.key.rotate" : "chargepoint.key.set";
        var details = status == KeyChangeStatus.Rotated
            ? "accepted by the charger (ChangeConfiguration AuthorizationKey); the old key no longer works"
            : "new key generated while the charger was not connected; enter it at the charger";
        var found = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var chargePoint = await scope.Db.ChargePoints.FirstOrDefaultAsync(c => c.Id == chargePointId, ct);
                if (chargePoint is null)
                {
                    return false;
                }

                chargePoint.SetKeyHash(hash);
                AuditTrail.Append(scope, auditTrail.Entry(actor, action, chargePointId, AuditResult.Succeeded, details));
                return true;
            },
            cancellationToken);
        if (!found)
        {
            return new KeyChangeOutcome(KeyChangeStatus.NotFound);
        }

        var stored = status == KeyChangeStatus.Rotated ? "rotated" : "set";
        ChargePointAdministrationLog.KeyChanged(logger, chargePointId, stored, actor.Name);
        return new KeyChangeOutcome(status, hex);
    }
}
