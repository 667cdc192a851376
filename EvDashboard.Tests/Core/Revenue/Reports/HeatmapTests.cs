using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Revenue.Rollups;
using static EvDashboard.Tests.Core.Revenue.Reports.ReportsDatabase;

namespace EvDashboard.Tests.Core.Revenue.Reports;

public sealed class HeatmapTests
{
    [Fact]
    public async Task HeatmapAsync_Energy_AveragesOverEveryOccurrenceOfTheWeekday()
    {
        await using var db = await CreateAsync("UTC");
        var monday = new DateOnly(2026, 10, 5);
        await db.AddAsync(
            Hour(db, new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero), energyWh: 3_000, sessions: 3),
            Hour(db, new DateTimeOffset(2026, 10, 12, 8, 0, 0, TimeSpan.Zero), energyWh: 1_000, sessions: 0),
            Hour(db, new DateTimeOffset(2026, 10, 6, 17, 0, 0, TimeSpan.Zero), energyWh: 2_001, sessions: 1));

        var energy = await db.Queries.HeatmapAsync(monday, monday.AddDays(13), HeatmapMetric.Energy, CancellationToken.None);
        var sessions = await db.Queries.HeatmapAsync(monday, monday.AddDays(13), HeatmapMetric.Sessions, CancellationToken.None);

        Assert.Equal(2m, energy.Cells[0][8]);
        Assert.Equal(1.001m, energy.Cells[1][17]);
        Assert.Equal(0m, energy.Cells[2][8]);
        Assert.Equal(1.5m, sessions.Cells[0][8]);
        Assert.Equal(0.5m, sessions.Cells[1][17]);
        Assert.Equal(("kWh", 3, "UTC"), (energy.Unit, energy.Decimals, energy.TimeZone));
        Assert.Equal(2m, energy.Max);
        Assert.All(energy.Cells, row => Assert.Equal(24, row.Count));
        Assert.Equal(7, energy.Cells.Count);
    }

    [Fact]
    public async Task HeatmapAsync_Occupancy_IsOccupiedOverObservedSeconds()
    {
        await using var db = await CreateAsync("UTC");
        await db.AddAsync(
            Hour(db, new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero), occupied: 3_600, observed: 7_200),
            Hour(db, new DateTimeOffset(2026, 10, 12, 8, 0, 0, TimeSpan.Zero), occupied: 0, observed: 7_200),
            Hour(db, new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.Zero), occupied: 0, observed: 0));

        var heatmap = await db.Queries.HeatmapAsync(new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 18), HeatmapMetric.Occupancy, CancellationToken.None);

        Assert.Equal(25m, heatmap.Cells[0][8]);
        Assert.Equal(0m, heatmap.Cells[0][9]);
        Assert.Equal("%", heatmap.Unit);
    }

    [Fact]
    public async Task HeatmapAsync_AutumnDstDay_BothRepeatedHoursGoToHourTwo()
    {
        await using var db = await CreateAsync("Europe/Berlin");
        await db.AddAsync([.. LocalDayHours(db, new DateOnly(2026, 10, 25), 1_000)]);

        var heatmap = await db.Queries.HeatmapAsync(new DateOnly(2026, 10, 19), new DateOnly(2026, 10, 25), HeatmapMetric.Energy, CancellationToken.None);

        Assert.Equal(2m, heatmap.Cells[6][2]);
        Assert.Equal(1m, heatmap.Cells[6][1]);
        Assert.Equal(1m, heatmap.Cells[6][3]);
        Assert.Equal(25m, heatmap.Cells[6].Sum());
        Assert.Equal(0m, heatmap.Cells[5].Sum());
    }

    [Fact]
    public async Task HeatmapAsync_SpringDstDay_TheSkippedHourStaysZero()
    {
        await using var db = await CreateAsync("Europe/Berlin");
        await db.AddAsync([.. LocalDayHours(db, new DateOnly(2026, 3, 29), 1_000)]);

        var heatmap = await db.Queries.HeatmapAsync(new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 29), HeatmapMetric.Energy, CancellationToken.None);

        Assert.Equal(0m, heatmap.Cells[6][2]);
        Assert.Equal(23m, heatmap.Cells[6].Sum());
    }

    [Fact]
    public async Task HeatmapAsync_HalfHourOffsetZone_GroupsByTheLocalClockHour()
    {
        await using var db = await CreateAsync("Asia/Kolkata");
        var hours = LocalDayHours(db, new DateOnly(2026, 10, 7), 0).Select(h => Hour(db, h.StartUtc, energyWh: 100 * (h.LocalHour + 1))).ToList();
        await db.AddAsync([.. hours]);

        var heatmap = await db.Queries.HeatmapAsync(new DateOnly(2026, 10, 7), new DateOnly(2026, 10, 7), HeatmapMetric.Energy, CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 10, 6, 18, 30, 0, TimeSpan.Zero), hours[0].StartUtc);
        Assert.Equal(Enumerable.Range(1, 24).Select(h => h / 10m), heatmap.Cells[2]);
    }

    [Theory]
    [InlineData("2026-10-05", "2026-10-14", new[] { 2, 2, 2, 1, 1, 1, 1 })]
    [InlineData("2026-10-08", "2026-10-08", new[] { 0, 0, 0, 1, 0, 0, 0 })]
    [InlineData("2026-10-04", "2026-10-17", new[] { 2, 2, 2, 2, 2, 2, 2 })]
    public void WeekdayCounts_Range_CountsCalendarDaysPerWeekday(string first, string last, int[] expected)
    {
        var counts = HeatmapReport.WeekdayCounts(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, counts);
    }

    /// <summary>A SiteHour as the rollup builder keys it: the UTC start, and the site-local date, hour and weekday of that instant.</summary>
    private static SiteHour Hour(ReportsDatabase db, DateTimeOffset startUtc, long energyWh = 0, int sessions = 0, long occupied = 0, long observed = 0)
    {
        var local = DateOnly.FromDateTime(db.Clock.ToLocal(startUtc).DateTime);
        return new SiteHour(startUtc, local.DayNumber, db.Clock.ToLocal(startUtc).Hour, HeatmapReport.IsoWeekday(local))
        {
            EnergyWh = energyWh, SessionsStarted = sessions, OccupiedSeconds = occupied, ObservedSeconds = observed,
        };
    }

    /// <summary>Every local hour of a site-local date: 23, 24 or 25 rows.</summary>
    private static List<SiteHour> LocalDayHours(ReportsDatabase db, DateOnly date, long energyWh)
    {
        var hours = new List<SiteHour>();
        for (var start = db.Clock.StartOfLocalDate(date); start < db.Clock.StartOfLocalDate(date.AddDays(1)); start = start.AddHours(1))
        {
            hours.Add(Hour(db, start, energyWh));
        }

        return hours;
    }
}
