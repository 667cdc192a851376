using System.Globalization;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Seeding;

/// <summary>
/// Adds the seeded charge points, connectors, idTags and (when the site has none) tariffs through the product's own
/// entities: a few thousand rows at most, so EF's speed is no concern here.
/// </summary>
internal static class FleetBuilder
{
    private static readonly int[] AcPowersW = [11_000, 22_000];

    private static readonly int[] DcPowersW = [50_000, 150_000, 300_000];

    public static async Task<SeedFleet> BuildAsync(EvDashboardDbContext db, SeedRequest request, Random random, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var run = 1 + await db.ChargePoints.CountAsync(c => c.Id.StartsWith("HIST") && c.Id.EndsWith("-0001"), cancellationToken);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"HIST{run}");
        var connectors = AddChargePoints(db, request.ChargePointCount, prefix, random, createdAt);
        var tags = AddTags(db, Math.Clamp(request.Sessions / 100, 40, 5000), prefix, random, createdAt);
        if (!await db.Tariffs.AnyAsync(cancellationToken))
        {
            await AddTariffsAsync(db, tags, createdAt, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SeedFleet(prefix, connectors, tags);
    }

    private static List<SeedConnector> AddChargePoints(EvDashboardDbContext db, int count, string prefix, Random random, DateTimeOffset createdAt)
    {
        var connectors = new List<SeedConnector>();
        for (var n = 1; n <= count; n++)
        {
            // One charger in four is a DC fast charger, as on a typical public site.
            var isDc = n % 4 == 0;
            var powerW = isDc ? DcPowersW[random.Next(DcPowersW.Length)] : AcPowersW[random.Next(AcPowersW.Length)];
            var id = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{n:D4}");
            var name = string.Create(CultureInfo.InvariantCulture, $"Bay {n:D2} · {(isDc ? "DC" : "AC")} {powerW / 1000} kW");
            db.ChargePoints.Add(new ChargePoint(id, name, createdAt, registeredOnFirstConnect: false));
            var connectorCount = random.Next(2, 5);
            for (var c = 1; c <= connectorCount; c++)
            {
                db.Connectors.Add(new Connector(id, c));
                connectors.Add(new SeedConnector(id, c, isDc, powerW) { RegisterWh = random.Next(0, 5_000_000), FreeAt = createdAt });
            }
        }

        return connectors;
    }

    private static List<SeedTag> AddTags(EvDashboardDbContext db, int count, string prefix, Random random, DateTimeOffset createdAt)
    {
        var groups = SeedNames.Companies
            .Select((company, i) => (Value: string.Create(CultureInfo.InvariantCulture, $"{prefix}G{i + 1:D2}"), Company: company))
            .ToList();
        foreach (var (value, company) in groups)
        {
            var parent = new IdTag(value, createdAt);
            parent.Describe(IdTagType.RfidCard, company, createdAt);
            db.IdTags.Add(parent);
        }

        var tags = new List<SeedTag>(count);
        for (var n = 1; n <= count; n++)
        {
            var value = string.Create(CultureInfo.InvariantCulture, $"{prefix}T{n:D6}");
            // A third of the drivers charge for a fleet (group); the rest pay for themselves.
            var group = random.Next(3) == 0 ? groups[random.Next(groups.Count)] : default;
            var owner = $"{SeedNames.FirstNames[random.Next(SeedNames.FirstNames.Count)]} {SeedNames.LastNames[random.Next(SeedNames.LastNames.Count)]}";
            var tag = new IdTag(value, createdAt);
            tag.Update(IdTagStatus.Accepted, null, group.Value, null, createdAt);
            tag.Describe((IdTagType)(n % 3), owner, createdAt);
            db.IdTags.Add(tag);
            tags.Add(new SeedTag(value, group.Value, owner));
        }

        return tags;
    }

    private static async Task AddTariffsAsync(EvDashboardDbContext db, List<SeedTag> tags, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var standard = new Tariff(SeedTariffs.StandardName, "Seeded: start fee, day and night energy prices, idle fee after 30 minutes", "EUR", at);
        var fleet = new Tariff(SeedTariffs.FleetName, "Seeded: fleet drivers' energy price, weekdays and weekends", "EUR", at);
        db.Tariffs.AddRange(standard, fleet);
        db.TariffVersions.Add(standard.AddVersion(SeedTariffs.Standard, Actor.System.Name, at));
        db.TariffVersions.Add(fleet.AddVersion(SeedTariffs.Fleet, Actor.System.Name, at));
        await db.SaveChangesAsync(cancellationToken);
        db.TariffAssignments.Add(new TariffAssignment(standard.Id, TariffScope.Site, null, null, null, Actor.System.Name, at));
        db.AuditEntries.Add(new AuditEntry(at, Actor.System, "tariff.create", standard.Name, AuditResult.Succeeded, "Seeded history, version 1, in EUR", null));
        db.AuditEntries.Add(new AuditEntry(at, Actor.System, "tariff.create", fleet.Name, AuditResult.Succeeded, "Seeded history, version 1, in EUR", null));
        // The first two fleets get the cheaper price; the others pay the standard one.
        foreach (var group in tags.Select(t => t.Group).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(2))
        {
            db.TariffAssignments.Add(new TariffAssignment(fleet.Id, TariffScope.Site, null, null, group, Actor.System.Name, at));
            db.AuditEntries.Add(new AuditEntry(at, Actor.System, "tariff.assign", fleet.Name, AuditResult.Succeeded, $"Assigned to the site for group {group}", null));
        }
    }
}
