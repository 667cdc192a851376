using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs.Calculation;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Tests.Core.Tariffs.Pricing;

/// <summary>One running session's in-memory pricing state: live events before and after its load, completion, interruption.</summary>
public sealed class RunningSessionTests
{
    private static readonly DateTimeOffset S = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_ReadingWhileLoading_CountedOnceLoaded()
    {
        var session = new RunningSession(7, "CP-1", 1, S);
        session.Apply(Changed(SessionStatus.Active, S.AddMinutes(20), 8_000));

        session.Load(Start(PricingTariffs.Energy()), new TimelineEvents([new EnergyReading(S.AddMinutes(10), 5_000)], []));

        Assert.True(session.TryGetCost(S.AddMinutes(30), TimeZoneInfo.Utc, out var cost));
        Assert.Equal(8_000, cost!.Breakdown.EnergyWh);
    }

    [Fact]
    public void Apply_StatusChanges_ChargingTimeFollowsThem()
    {
        var session = new RunningSession(7, "CP-1", 1, S);
        session.Load(
            Start(PricingTariffs.Energy()),
            new TimelineEvents([new EnergyReading(S.AddMinutes(10), 5_000), new EnergyReading(S.AddMinutes(20), 9_000)], [new StatusPoint(S, ConnectorStatus.Charging)]));

        session.Apply(new ConnectorStatusChanged("CP-1", 1, ConnectorStatus.SuspendedEV, "NoError", null, S.AddMinutes(5)));
        session.Apply(new ConnectorStatusChanged("CP-1", 1, ConnectorStatus.Charging, "NoError", null, S.AddMinutes(10)));

        // Charging until the last Wh at +20 min, less the five suspended minutes.
        Assert.True(session.TryGetCost(S.AddMinutes(20), TimeZoneInfo.Utc, out var cost));
        Assert.Equal(15 * 60, cost!.Breakdown.ChargingSeconds);
    }

    [Fact]
    public void TryGetCost_ChargingBetweenSamples_PricedAsOfTheNewestSampleNotIdle()
    {
        var session = new RunningSession(7, "CP-1", 1, S);
        session.Load(Start(PricingTariffs.IdleOnly), new TimelineEvents([new EnergyReading(S.AddMinutes(10), 5_000)], [new StatusPoint(S, ConnectorStatus.Charging)]));

        // Four minutes after the last sample, still Charging: no idle time, charging time up to that sample.
        Assert.True(session.TryGetCost(S.AddMinutes(14), TimeZoneInfo.Utc, out var between));

        // A sample with an unchanged register 60 minutes on: the EV stopped drawing power at +10, so idle starts there.
        session.Apply(Changed(SessionStatus.Active, S.AddMinutes(70), 5_000));
        Assert.True(session.TryGetCost(S.AddMinutes(71), TimeZoneInfo.Utc, out var flat));

        Assert.Equal((0L, 10L * 60), (between!.Breakdown.IdleSeconds, between.Breakdown.ChargingSeconds));
        Assert.Equal(60L * 60, flat!.Breakdown.IdleSeconds);
    }

    [Fact]
    public void Apply_Completed_NoMoreRunningCost()
    {
        var session = new RunningSession(7, "CP-1", 1, S);
        session.Load(Start(PricingTariffs.Energy()), new TimelineEvents([], []));

        var completed = session.Apply(Changed(SessionStatus.Completed, S.AddMinutes(20), 8_000));

        Assert.True(completed);
        Assert.False(session.TryGetCost(S.AddMinutes(30), TimeZoneInfo.Utc, out _));
    }

    [Fact]
    public void TryGetCost_Interrupted_PricedUpToTheInterruptionNotTheClock()
    {
        var session = new RunningSession(7, "CP-1", 1, S);
        session.Load(Start(PricingTariffs.IdleOnly), new TimelineEvents([new EnergyReading(S.AddMinutes(10), 5_000)], [new StatusPoint(S.AddMinutes(10), ConnectorStatus.SuspendedEV)]));

        session.Apply(Changed(SessionStatus.Interrupted, at: S.AddMinutes(60), meterAt: S.AddMinutes(10), registerWh: 5_000));

        // Idle from +10 to the interruption at +60: 50 minutes, 20 after the grace → 2.00, however long nobody hears from the charger.
        Assert.True(session.TryGetCost(S.AddHours(5), TimeZoneInfo.Utc, out var cost));
        Assert.Equal(200, cost!.Breakdown.NetMinor);
    }

    [Fact]
    public void TryGetCost_SettledWhileLoading_AnswersTheSettledCost()
    {
        var session = new RunningSession(7, "CP-1", 1, S);

        session.Settle(null);

        Assert.True(session.Ready.IsCompletedSuccessfully);
        Assert.True(session.TryGetCost(S, TimeZoneInfo.Utc, out var cost));
        Assert.Null(cost);
    }

    private static RunningSessionStart Start(EvDashboard.Core.Tariffs.TariffDefinition definition) =>
        new(S, 0, SessionStatus.Active, null, 1, "Standard", 1, definition);

    private static SessionChanged Changed(SessionStatus status, DateTimeOffset meterAt, long registerWh) =>
        Changed(status, meterAt, meterAt, registerWh);

    private static SessionChanged Changed(SessionStatus status, DateTimeOffset at, DateTimeOffset meterAt, long registerWh) =>
        new("CP-1", 1, 7, "TAG1", status, registerWh, null, null, at, meterAt, registerWh);
}
