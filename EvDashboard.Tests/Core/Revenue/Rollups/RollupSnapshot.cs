using EvDashboard.Core.Data;
using EvDashboard.Core.Revenue.Rollups;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Revenue.Rollups;

/// <summary>Every stored rollup row as text, so two builds can be compared whole.</summary>
internal static class RollupSnapshot
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(EvDashboardDbContext db) =>
        RollupRowText.Of(
            await db.ConnectorDays.AsNoTracking().ToListAsync(),
            await db.ChargePointDays.AsNoTracking().ToListAsync(),
            await db.SiteHours.AsNoTracking().ToListAsync(),
            await db.RevenueDays.AsNoTracking().ToListAsync());

    public static void Equal(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        var differences = RollupRowText.Differences(actual, expected).ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Take(20)));
    }
}
