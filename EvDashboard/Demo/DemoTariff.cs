using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Tariffs;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Demo;

/// <summary>
/// The demo's tariff, a typical public AC price: a start fee, a day and a night energy price, and an idle fee after a
/// grace period so that a car left plugged in costs something. Assigned to the whole site, so every demo session is priced.
/// </summary>
internal static class DemoTariff
{
    public const string Name = "Standard";

    public static TariffDefinition Definition { get; } = new()
    {
        Currency = "EUR",
        VatRatePercent = 19m,
        StartFees = [new PriceComponent(0.50m)],
        Energy =
        [
            new PriceComponent(0.39m, new PriceRestriction(StartTime: new TimeOnly(7, 0), EndTime: new TimeOnly(22, 0))),
            new PriceComponent(0.29m, new PriceRestriction(StartTime: new TimeOnly(22, 0), EndTime: new TimeOnly(7, 0))),
        ],
        Idle = [new PriceComponent(0.10m)],
        IdleGraceMinutes = 30,
        IdleFeeCap = 12.00m,
        Steps = new TariffSteps(EnergyWh: 1, ChargingTimeSeconds: 60, IdleSeconds: 60),
    };

    /// <summary>Adds the tariff and its site assignment in one unit of work, with its audit entries, unless a tariff exists already.</summary>
    /// <returns>True when it was added.</returns>
    public static Task<bool> SeedAsync(DatabaseWriter writer, AuditTrail audit, DateTimeOffset now, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                // An operator's own tariffs (or an earlier demo run's, perhaps edited since) are never touched.
                if (await scope.Db.Tariffs.AnyAsync(ct))
                {
                    return false;
                }

                var tariff = new Tariff(Name, "Demo tariff: start fee, day and night energy prices, idle fee after 30 minutes", Definition.Currency, now);
                scope.Db.Tariffs.Add(tariff);
                scope.Db.TariffVersions.Add(tariff.AddVersion(Definition, Actor.System.Name, now));
                await scope.Db.SaveChangesAsync(ct);
                scope.Db.TariffAssignments.Add(new TariffAssignment(tariff.Id, TariffScope.Site, null, null, null, Actor.System.Name, now));
                AuditTrail.Append(scope, audit.Entry(Actor.System, "tariff.create", Name, AuditResult.Succeeded, "Demo tariff, version 1, in EUR"));
                AuditTrail.Append(scope, audit.Entry(Actor.System, "tariff.assign", Name, AuditResult.Succeeded, "Assigned to the site"));
                return true;
            },
            cancellationToken);
}
