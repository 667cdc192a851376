using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Stations;

/// <summary>
/// Decides whether a charge point may open its OCPP connection: the policy for unknown ids, the operator's approval,
/// and its security profile (OCPP 1.6 Security Whitepaper §2: a connection that does not meet the charge point's
/// profile is refused). Every refusal is audited with the charge point id as the actor.
/// </summary>
public sealed class ChargePointAdmission(
    IDbContextFactory<EvDashboardDbContext> contexts,
    DatabaseWriter writer,
    AuditTrail auditTrail,
    RefusalThrottle refusals,
    PendingRegistrations pending,
    TimeProvider time,
    IOptionsMonitor<OcppOptions> options)
{
    public const string RefusedAction = "chargepoint.connection.refused";

    // Compiled once: every connection is admitted here, and EF Core 6 compiles a lambda per execution for a captured
    // property (request.ChargePointId); in a reconnect storm that was a tenth of the server's CPU time.
    private static readonly Func<EvDashboardDbContext, string, CancellationToken, Task<StoredCredentials?>> CredentialsQuery =
        EF.CompileAsyncQuery((EvDashboardDbContext db, string chargePointId, CancellationToken _) =>
            db.ChargePoints.AsNoTracking().Where(c => c.Id == chargePointId)
                .Select(c => new StoredCredentials(c.KeyHash, c.SecurityProfile, c.Approval)).FirstOrDefault());

    public async Task<AdmissionDecision> AdmitAsync(HandshakeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = await DecideAsync(request, cancellationToken);
        if (decision.IsAdmitted)
        {
            pending.Set(request.ChargePointId, decision.Result == AdmissionResult.AdmittedPending);
        }
        else if (refusals.ShouldRecord(RefusedAction, request.ChargePointId, request.RemoteAddress))
        {
            await auditTrail.RecordAsync(
                new Actor(request.ChargePointId), RefusedAction, request.ChargePointId, AuditResult.Denied, decision.Reason, request.RemoteAddress, cancellationToken);
        }

        return decision;
    }

    private async Task<AdmissionDecision> DecideAsync(HandshakeRequest request, CancellationToken cancellationToken)
    {
        if (!ChargePoint.IsValidId(request.ChargePointId))
        {
            return new(AdmissionResult.Unknown, "not a valid charge point id");
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await CredentialsQuery(context, request.ChargePointId, cancellationToken);
        if (found is null)
        {
            return await AdmitUnknownAsync(request.ChargePointId, cancellationToken);
        }

        if (found.Approval == ChargePointApproval.Rejected)
        {
            return new(AdmissionResult.Forbidden, "rejected by an operator");
        }

        var decision = CheckProfile(request, found.SecurityProfile, found.KeyHash);
        return decision.IsAdmitted && found.Approval == ChargePointApproval.Pending ? new(AdmissionResult.AdmittedPending) : decision;
    }

    /// <summary>
    /// Profile 0 does not authenticate: credentials sent anyway are ignored (they add no trust, and the whitepaper's
    /// upgrade sets AuthorizationKey before the charger switches profile). Profile 2 refuses plain ws before looking at
    /// the credentials; profiles 1 and 2 need the Basic user to be the charge point id and the password its key.
    /// </summary>
    private static AdmissionDecision CheckProfile(HandshakeRequest request, SecurityProfile profile, string? keyHash)
    {
        if (profile == SecurityProfile.None)
        {
            return new(AdmissionResult.Admitted);
        }

        if (profile == SecurityProfile.TlsBasic && !request.OverTls)
        {
            return new(AdmissionResult.Forbidden, request.HasCredentials
                ? "security profile 2 needs wss, but it connected over plain ws (its key crossed the network unencrypted: rotate it)"
                : "security profile 2 needs wss, but it connected over plain ws");
        }

        if (!request.HasCredentials)
        {
            return new(AdmissionResult.Unauthorized, $"security profile {(int)profile} needs HTTP Basic credentials; none were sent");
        }

        var valid = keyHash is not null
            && string.Equals(request.User, request.ChargePointId, StringComparison.Ordinal)
            && ChargePointKeyHasher.VerifyPassword(keyHash, request.Password);
        return valid ? new(AdmissionResult.Admitted) : new(AdmissionResult.Unauthorized, "wrong credentials");
    }

    private async Task<AdmissionDecision> AdmitUnknownAsync(string chargePointId, CancellationToken cancellationToken)
    {
        var policy = options.CurrentValue.UnknownChargePoints;
        if (policy == UnknownChargePointPolicy.Reject)
        {
            return new(AdmissionResult.Unknown, "unknown charge point (Ocpp:UnknownChargePoints = Reject)");
        }

        var approval = policy == UnknownChargePointPolicy.PendingApproval ? ChargePointApproval.Pending : ChargePointApproval.Approved;
        var stored = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var existing = await scope.Db.ChargePoints.Where(c => c.Id == chargePointId).Select(c => (ChargePointApproval?)c.Approval).FirstOrDefaultAsync(ct);
                if (existing is not null)
                {
                    return existing.Value;
                }

                scope.Db.ChargePoints.Add(new ChargePoint(chargePointId, name: null, time.GetUtcNow(), registeredOnFirstConnect: true, approval));
                return approval;
            },
            cancellationToken);
        return stored switch
        {
            ChargePointApproval.Pending => new(AdmissionResult.AdmittedPending),
            ChargePointApproval.Rejected => new(AdmissionResult.Forbidden, "rejected by an operator"),
            _ => new(AdmissionResult.AdmittedAsNew),
        };
    }

    private sealed record StoredCredentials(string? KeyHash, SecurityProfile SecurityProfile, ChargePointApproval Approval);
}
