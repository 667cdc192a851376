using EvDashboard.Core.Revenue.Rollups;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Revenue.Rollups;

/// <summary>A rebuild over seeded history equals the direct computation, in zones with DST days and half-hour offsets.</summary>
public sealed class RollupDirectComputationTests
{
    public static TheoryData<string, string, int, int> Zones => new()
    {
        // Berlin: now on 1 November, 230 days back, so 29 March (23 h) and 25 October (25 h) are both in the history.
        { "Europe/Berlin", "2026-11-01T11:00:00Z", 1500, 230 },
        { "UTC", "2026-06-10T08:00:00Z", 400, 12 },
        { "Asia/Kolkata", "2026-06-10T08:00:00Z", 400, 12 },
        // New York leaves DST on 1 November 2026.
        { "America/New_York", "2026-11-05T15:00:00Z", 400, 12 },
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task RebuildAsync_SeededHistory_EqualsDirectComputation(string timeZone, string now, int sessions, int days)
    {
        await using var host = await RollupHost.StartAsync(timeZone, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        await host.SeedAsync(sessions, days);

        var summary = await host.RebuildAsync();

        await using var db = host.CreateDbContext();
        var today = RollupCalendar.DateOf(host.Clock.GetUtcNow(), host.Zone);
        var direct = await DirectRollups.ComputeAsync(db, host.Zone, summary.FirstDay, today);
        var expected = RollupRowText.Of(direct.ConnectorDays, direct.ChargePointDays, direct.SiteHours, direct.RevenueDays);
        var stored = RollupRowText.Of(
            await db.ConnectorDays.AsNoTracking().Where(d => d.Day < today.DayNumber).ToListAsync(),
            await db.ChargePointDays.AsNoTracking().Where(d => d.Day < today.DayNumber).ToListAsync(),
            await db.SiteHours.AsNoTracking().Where(h => h.Day < today.DayNumber).ToListAsync(),
            await db.RevenueDays.AsNoTracking().Where(r => r.Day < today.DayNumber).ToListAsync());
        RollupSnapshot.Equal(expected, stored);
        Assert.True(direct.ConnectorDays.Sum(d => d.ChargingSeconds) > 0);
        Assert.True(direct.RevenueDays.Sum(r => r.GrossMinor) > 0);
    }

    [Fact]
    public async Task RebuildAsync_BerlinDstDays_StateSecondsPartitionEachDayAndEnergyIsConserved()
    {
        await using var host = await RollupHost.StartAsync("Europe/Berlin", new DateTimeOffset(2026, 11, 1, 11, 0, 0, TimeSpan.Zero));
        await host.SeedAsync(1500, 230);

        await host.RebuildAsync();

        await using var db = host.CreateDbContext();
        var today = new DateOnly(2026, 11, 1).DayNumber;
        var days = await db.ConnectorDays.AsNoTracking().Where(d => d.Day < today).ToListAsync();
        Assert.All(days, d =>
        {
            var length = (long)(RollupCalendar.StartOf(DateOnly.FromDayNumber(d.Day + 1), host.Zone) - RollupCalendar.StartOf(DateOnly.FromDayNumber(d.Day), host.Zone)).TotalSeconds;
            Assert.Equal(length, d.ChargingSeconds + d.OccupiedSeconds + d.AvailableSeconds + d.FaultedSeconds + d.UnavailableSeconds + d.OfflineSeconds + d.UnknownSeconds);
        });
        Assert.Equal(23, await db.SiteHours.CountAsync(h => h.Day == new DateOnly(2026, 3, 29).DayNumber));
        Assert.Equal(25, await db.SiteHours.CountAsync(h => h.Day == new DateOnly(2026, 10, 25).DayNumber));
        Assert.Equal(2, await db.SiteHours.CountAsync(h => h.Day == new DateOnly(2026, 10, 25).DayNumber && h.LocalHour == 2));
        var sessionEnergy = await db.ChargingSessions.SumAsync(s => s.EnergyWh);
        Assert.Equal(sessionEnergy, await db.ConnectorDays.SumAsync(d => d.EnergyWh));
        Assert.Equal(sessionEnergy, await db.SiteHours.SumAsync(h => h.EnergyWh));
        Assert.Equal(await db.ChargingSessions.SumAsync(s => s.CostTotalMinor ?? 0), await db.RevenueDays.SumAsync(r => r.GrossMinor));
    }

    [Fact]
    public async Task RebuildAsync_Twice_IdenticalRowsAndNoDirtyDays()
    {
        await using var host = await RollupHost.StartAsync("Asia/Kolkata", new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero));
        await host.SeedAsync(300, 8);
        await host.RebuildAsync();
        await using var db = host.CreateDbContext();
        var first = await RollupSnapshot.ReadAsync(db);

        await host.RebuildAsync();

        RollupSnapshot.Equal(first, await RollupSnapshot.ReadAsync(db));
        Assert.Empty(await db.RollupDirtyDays.ToListAsync());
        var state = await db.RollupStates.SingleAsync();
        Assert.Equal(("Asia/Kolkata", new DateOnly(2026, 6, 10).DayNumber), (state.TimeZone, state.LastDay));
        Assert.All(await db.SiteHours.ToListAsync(), h => Assert.Equal(30, h.StartUtc.Minute));
    }
}
