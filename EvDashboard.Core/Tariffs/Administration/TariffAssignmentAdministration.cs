using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Tariffs.Administration;

/// <summary>
/// Puts tariffs on the site, charge points and connectors (optionally for one idTag group) and takes them off,
/// each change audited in its own unit of work. One assignment per scope and group: assigning where one exists
/// replaces its tariff.
/// </summary>
public sealed class TariffAssignmentAdministration(DatabaseWriter writer, AuditTrail auditTrail, TimeProvider time, ILogger<TariffAssignmentAdministration> logger)
{
    public async Task<TariffChangeResult> AssignAsync(int tariffId, TariffTarget target, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = CheckShape(target);
        if (!errors.IsEmpty)
        {
            return TariffChangeResult.Invalid(errors);
        }

        var result = await writer.ExecuteAsync((scope, ct) => AssignAsync(scope, tariffId, target, actor, ct), cancellationToken);
        if (result.Status is TariffChangeStatus.Created or TariffChangeStatus.Saved)
        {
            var described = target.Describe();
            TariffAdministrationLog.Assigned(logger, tariffId, described);
        }

        return result;
    }

    public async Task<TariffChangeResult> UnassignAsync(int tariffId, int assignmentId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var assignment = await scope.Db.TariffAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.TariffId == tariffId, ct);
                var tariff = await scope.Db.Tariffs.AsNoTracking().Where(t => t.Id == tariffId).Select(t => t.Name).FirstOrDefaultAsync(ct);
                if (assignment is null || tariff is null)
                {
                    return TariffChangeResult.NotFound;
                }

                scope.Db.TariffAssignments.Remove(assignment);
                AuditTrail.Append(scope, auditTrail.Entry(actor, "tariff.unassign", tariff, AuditResult.Succeeded, $"#{tariffId} from {TargetOf(assignment).Describe()}"));
                return new TariffChangeResult(TariffChangeStatus.Saved, tariffId, AssignmentId: assignmentId);
            },
            cancellationToken);
        if (result.Status == TariffChangeStatus.Saved)
        {
            TariffAdministrationLog.Unassigned(logger, tariffId, assignmentId);
        }

        return result;
    }

    private async Task<TariffChangeResult> AssignAsync(WriteScope scope, int tariffId, TariffTarget target, Actor actor, CancellationToken ct)
    {
        var tariff = await scope.Db.Tariffs.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tariffId, ct);
        if (tariff is null)
        {
            return TariffChangeResult.NotFound;
        }

        if (tariff.IsArchived)
        {
            return TariffChangeResult.Invalid("TariffId", "An archived tariff prices no new session; restore it before assigning it.");
        }

        if (target.ChargePointId is { } chargePointId && !await scope.Db.ChargePoints.AnyAsync(c => c.Id == chargePointId, ct))
        {
            return TariffChangeResult.Invalid("ChargePointId", $"There is no charge point '{chargePointId}'.");
        }

        // Looked up in code, not left to the unique index: SQLite treats NULLs (site scope, no group) as distinct there.
        var group = target.Group;
        var existing = await scope.Db.TariffAssignments.FirstOrDefaultAsync(
            a => a.Scope == target.Scope && a.ChargePointId == target.ChargePointId && a.ConnectorId == target.ConnectorId && a.IdTagGroup == group, ct);
        if (existing is not null)
        {
            return await ReplaceAsync(scope, existing, tariff, target, actor, ct);
        }

        var assignment = new TariffAssignment(tariffId, target.Scope, target.ChargePointId, target.ConnectorId, group, actor.Name, time.GetUtcNow());
        scope.Db.TariffAssignments.Add(assignment);
        await scope.Db.SaveChangesAsync(ct);
        AuditTrail.Append(scope, auditTrail.Entry(actor, "tariff.assign", tariff.Name, AuditResult.Succeeded, $"#{tariffId} to {target.Describe()}"));
        return new TariffChangeResult(TariffChangeStatus.Created, tariffId, tariff.CurrentVersion, assignment.Id);
    }

    private async Task<TariffChangeResult> ReplaceAsync(WriteScope scope, TariffAssignment existing, Tariff tariff, TariffTarget target, Actor actor, CancellationToken ct)
    {
        if (existing.TariffId == tariff.Id)
        {
            return new TariffChangeResult(TariffChangeStatus.Unchanged, tariff.Id, tariff.CurrentVersion, existing.Id);
        }

        var previous = await scope.Db.Tariffs.AsNoTracking().Where(t => t.Id == existing.TariffId).Select(t => t.Name).FirstAsync(ct);
        existing.ChangeTariff(tariff.Id);
        AuditTrail.Append(scope, auditTrail.Entry(actor, "tariff.assign", tariff.Name, AuditResult.Succeeded,
            $"#{tariff.Id} to {target.Describe()}, replacing {previous}"));
        return new TariffChangeResult(TariffChangeStatus.Saved, tariff.Id, tariff.CurrentVersion, existing.Id);
    }

    internal static TariffErrors CheckShape(TariffTarget target)
    {
        var errors = new TariffErrors();
        if (!Enum.IsDefined(target.Scope))
        {
            errors.Add("Scope", "Assign to the site, a charge point or a connector.");
            return errors;
        }

        var needsChargePoint = target.Scope != TariffScope.Site;
        if (needsChargePoint && !ChargePoint.IsValidId(target.ChargePointId))
        {
            errors.Add("ChargePointId", "Pick the charge point.");
        }
        else if (!needsChargePoint && target.ChargePointId is not null)
        {
            errors.Add("ChargePointId", "A site assignment names no charge point.");
        }

        if (target.Scope == TariffScope.Connector ? target.ConnectorId is not >= 1 : target.ConnectorId is not null)
        {
            errors.Add("ConnectorId", target.Scope == TariffScope.Connector ? "Pick a connector (1 or higher)." : "Only a connector assignment names a connector.");
        }

        if (target.Group is { Length: > TariffTarget.MaxGroupLength })
        {
            errors.Add("IdTagGroup", $"A group (parent idTag) has at most {TariffTarget.MaxGroupLength} characters.");
        }

        return errors;
    }

    private static TariffTarget TargetOf(TariffAssignment assignment) =>
        new(assignment.Scope, assignment.ChargePointId, assignment.ConnectorId, assignment.IdTagGroup);
}
