using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations.Queries;

namespace EvDashboard.Tests.Web.Components.Overview;

/// <summary>Energy and sessions today: a session that crossed midnight counts only what it delivered since.</summary>
public sealed class SessionTallyTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EnergyToday_SessionAcrossMidnight_CountsOnlyEnergyAfterMidnight()
    {
        var tally = new SessionTally(Midnight);

        tally.Add(1, SessionStatus.Active, energyWh: 10_000, beforeMidnightWh: 4_000, startedToday: false);
        tally.Add(2, SessionStatus.Completed, energyWh: 2_500, beforeMidnightWh: 0, startedToday: true);

        Assert.Equal(6_000 + 2_500, tally.EnergyTodayWh);
        Assert.Equal(1, tally.StartedToday);
    }

    [Fact]
    public void Apply_NewSessionThenMeterThenStop_CountsItAndReportsStartAndStop()
    {
        var tally = new SessionTally(Midnight);
        tally.Add(1, SessionStatus.Active, 10_000, 4_000, startedToday: false);

        var started = tally.Apply(Change(5, SessionStatus.Active, 0));
        var meter = tally.Apply(Change(5, SessionStatus.Active, 700));
        var older = tally.Apply(Change(1, SessionStatus.Active, 10_500));
        var stopped = tally.Apply(Change(5, SessionStatus.Completed, 900));

        Assert.Equal((NetworkEventKind?)NetworkEventKind.SessionStarted, started);
        Assert.Null(meter);
        Assert.Null(older);
        Assert.Equal((NetworkEventKind?)NetworkEventKind.SessionStopped, stopped);
        Assert.Equal(1, tally.StartedToday);
        Assert.Equal(6_500 + 900, tally.EnergyTodayWh);
    }

    [Fact]
    public void Apply_LateStopOfUnknownSession_BringsNoEnergyIntoToday()
    {
        var tally = new SessionTally(Midnight);

        var kind = tally.Apply(Change(9, SessionStatus.Completed, 30_000));

        Assert.Equal((NetworkEventKind?)NetworkEventKind.SessionStopped, kind);
        Assert.Equal(0, tally.EnergyTodayWh);
        Assert.Equal(0, tally.StartedToday);
    }

    [Fact]
    public void Add_RegisterBeforeMidnightAboveEnergy_NeverCountsNegative()
    {
        var tally = new SessionTally(Midnight);

        tally.Add(1, SessionStatus.Active, energyWh: 1_000, beforeMidnightWh: 5_000, startedToday: false);

        Assert.Equal(0, tally.EnergyTodayWh);
    }

    private static SessionChanged Change(int transactionId, SessionStatus status, long energyWh) =>
        new("CP-A", 1, transactionId, "TAG", status, energyWh, null, null, Midnight.AddHours(10));
}
