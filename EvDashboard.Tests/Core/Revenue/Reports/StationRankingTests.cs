using EvDashboard.Core.Revenue.Reports;
using static EvDashboard.Tests.Core.Revenue.Reports.ReportsDatabase;

namespace EvDashboard.Tests.Core.Revenue.Reports;

public sealed class StationRankingTests
{
    [Fact]
    public async Task RankStationsAsync_TopAndBottomByGrossInTheDominantCurrency()
    {
        await using var db = await CreateAsync();
        foreach (var id in new[] { "CP-A", "CP-B", "CP-C", "CP-D" })
        {
            await db.AddChargePointAsync(id, id == "CP-A" ? "Alpha" : null, 1);
        }

        await db.AddAsync(
            RevenueRow("CP-A", 1, Day(2026, 10, 1), 2, 20_000, 1000, 190),
            RevenueRow("CP-B", 1, Day(2026, 10, 1), 1, 5_000, 3000, 570),
            RevenueRow("CP-B", 1, Day(2026, 10, 2), 1, 1_000, 0, 0, ""),
            RevenueRow("CP-C", 1, Day(2026, 10, 1), 1, 1_000, 90_000, 0, "USD"),
            ConnectorRow("CP-A", 1, Day(2026, 10, 1), charging: 8_640, occupied: 8_640),
            ConnectorRow("CP-D", 1, Day(2026, 10, 1)));

        var ranking = await db.Queries.RankStationsAsync(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), 2, CancellationToken.None);

        Assert.Equal(["CP-B", "CP-A"], ranking.Top.Select(r => r.ChargePointId));
        Assert.Equal(new StationRank("CP-A", "Alpha", "EUR", 11.90m, 20m, 2, 20m), ranking.Top[1]);
        Assert.Equal(35.70m, ranking.Top[0].Gross);
        Assert.Equal(2, ranking.Top[0].Sessions);
        Assert.Equal(["CP-D", "CP-C"], ranking.Bottom.Select(r => r.ChargePointId));
        Assert.Equal(0m, ranking.Bottom[1].Gross);
        Assert.Equal(1, ranking.Bottom[1].Sessions);
    }

    [Fact]
    public async Task RankStationsAsync_NoCountOrBackwardsRange_IsRefused()
    {
        await using var db = await CreateAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.Queries.RankStationsAsync(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), 0, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.Queries.RankStationsAsync(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 1), 3, CancellationToken.None));
    }
}
