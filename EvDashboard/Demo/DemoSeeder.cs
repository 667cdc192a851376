using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Core.Ocpp;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using Microsoft.Extensions.Options;

namespace EvDashboard.Demo;

/// <summary>
/// What the demo needs in the database before its chargers connect, written through the administration services
/// (so through the database writer) and idempotent: an existing tag or charge point, perhaps changed by an
/// operator since, is left as it is. The demo tariff is added only while no tariff exists at all.
/// </summary>
internal sealed class DemoSeeder(
    IdTagAdministration idTags,
    ChargePointAdministration chargePoints,
    DatabaseWriter writer,
    AuditTrail audit,
    TimeProvider time,
    IOptionsMonitor<OcppOptions> ocpp,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(IReadOnlyList<(string Id, DemoModel Model)> fleet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var tags = 0;
        foreach (var tag in DemoIdTags.Accepted)
        {
            tags += await CreateTagAsync(tag, IdTagStatus.Accepted, cancellationToken);
        }

        tags += await CreateTagAsync(DemoIdTags.Blocked, IdTagStatus.Blocked, cancellationToken);

        // With Ocpp:UnknownChargePoints=Accept the demo chargers register themselves on connect, as any charger would.
        var stations = 0;
        if (ocpp.CurrentValue.UnknownChargePoints == UnknownChargePointPolicy.Reject)
        {
            foreach (var (id, model) in fleet)
            {
                var result = await chargePoints.CreateAsync(id, $"Demo {model.Name}", SecurityProfile.None, key: null, Actor.System, cancellationToken);
                stations += result == ChargePointChangeResult.Created ? 1 : 0;
            }
        }

        DemoLog.Seeded(logger, tags, stations);
        if (await DemoTariff.SeedAsync(writer, audit, time.GetUtcNow(), cancellationToken))
        {
            DemoLog.TariffSeeded(logger, DemoTariff.Name);
        }
    }

    private async Task<int> CreateTagAsync(string tag, IdTagStatus status, CancellationToken cancellationToken)
    {
        var result = await idTags.CreateAsync(tag, new IdTagSettings(status, ExpiresAt: null, ParentIdTag: null, MaxConcurrentSessions: null), Actor.System, cancellationToken);
        return result == IdTagChangeResult.Created ? 1 : 0;
    }
}
