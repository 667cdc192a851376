using EvDashboard.Core.Data;
using EvDashboard.Core.Tariffs;

namespace EvDashboard.Core.Seeding;

/// <summary>
/// The tariff version each seeded session is frozen on, chosen by the product's own <see cref="TariffResolver"/> once
/// per connector and group up front (the assignments do not change while seeding); null where no tariff applies.
/// </summary>
internal sealed class TariffChooser(Dictionary<(string ChargePointId, int ConnectorId, string? Group), ResolvedTariff?> choices)
{
    public static async Task<TariffChooser> LoadAsync(EvDashboardDbContext db, SeedFleet fleet, CancellationToken cancellationToken)
    {
        var groups = fleet.Tags.Select(t => t.Group).Distinct(StringComparer.Ordinal).ToList();
        var choices = new Dictionary<(string, int, string?), ResolvedTariff?>();
        foreach (var connector in fleet.Connectors)
        {
            foreach (var group in groups)
            {
                choices[(connector.ChargePointId, connector.ConnectorId, group)] =
                    await TariffResolver.ResolveAsync(db, connector.ChargePointId, connector.ConnectorId, group, cancellationToken);
            }
        }

        return new TariffChooser(choices);
    }

    public ResolvedTariff? For(PlannedSession session) => choices[(session.Connector.ChargePointId, session.Connector.ConnectorId, session.Tag.Group)];
}
