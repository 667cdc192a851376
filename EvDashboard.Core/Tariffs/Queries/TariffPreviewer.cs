using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Tariffs.Queries;

/// <summary>The cost preview for the pages: which tariff a connector (and group) would get now, and the sample session's price in the site's zone.</summary>
public sealed class TariffPreviewer(IDbContextFactory<EvDashboardDbContext> contexts, SiteClock clock)
{
    public TimeZoneInfo Zone => clock.Zone;

    /// <summary>The tariff a session started now would be frozen on; null when none applies (the session would be unpriced).</summary>
    public async Task<ResolvedTariff?> ResolveAsync(string chargePointId, int connectorId, string? idTagGroup, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TariffResolver.ResolveAsync(db, chargePointId, connectorId, string.IsNullOrWhiteSpace(idTagGroup) ? null : idTagGroup.Trim(), cancellationToken);
    }

    public Administration.TariffErrors Validate(CostPreviewInput input) => CostPreview.Validate(input, clock.Zone);

    public Calculation.CostBreakdown Price(TariffDefinition definition, CostPreviewInput input) => CostPreview.Price(definition, input, clock.Zone);

    /// <summary>Now in the site's zone, to the minute: the preview's default start.</summary>
    public DateTime LocalNow()
    {
        var local = clock.ToLocal(clock.UtcNow).DateTime;
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
    }
}
