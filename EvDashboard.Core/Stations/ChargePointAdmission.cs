using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Stations;

/// <summary>Decides whether a charge point may open its OCPP connection (policy for unknown ids, security profile 1).</summary>
public sealed class ChargePointAdmission(
    IDbContextFactory<EvDashboardDbContext> contexts,
    DatabaseWriter writer,
    TimeProvider time,
    IOptionsMonitor<OcppOptions> options)
{
    /// <param name="basicUser">The user of the HTTP Basic credentials, or null when none were sent.</param>
    /// <param name="basicPassword">The password (the charge point's key), or null.</param>
    public async Task<AdmissionResult> AdmitAsync(string chargePointId, string? basicUser, string? basicPassword, CancellationToken cancellationToken)
    {
        if (!ChargePoint.IsValidId(chargePointId))
        {
            return AdmissionResult.Unknown;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await context.ChargePoints.AsNoTracking()
            .Where(c => c.Id == chargePointId)
            .Select(c => new { c.KeyHash })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is not null)
        {
            return found.KeyHash is not { } keyHash || IsAuthorized(chargePointId, keyHash, basicUser, basicPassword)
                ? AdmissionResult.Admitted
                : AdmissionResult.Unauthorized;
        }

        if (options.CurrentValue.UnknownChargePoints != UnknownChargePointPolicy.Accept)
        {
            return AdmissionResult.Unknown;
        }

        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                if (await scope.Db.ChargePoints.AnyAsync(c => c.Id == chargePointId, ct))
                {
                    return;
                }

                scope.Db.ChargePoints.Add(new ChargePoint(chargePointId, name: null, time.GetUtcNow(), registeredOnFirstConnect: true));
            },
            cancellationToken);
        return AdmissionResult.AdmittedAsNew;
    }

    private static bool IsAuthorized(string chargePointId, string keyHash, string? user, string? password) =>
        user is not null && password is not null
        && string.Equals(user, chargePointId, StringComparison.Ordinal)
        && ChargePointKeyHasher.Verify(keyHash, password);
}
