using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;

namespace EvDashboard.Tests.Core.Sessions;

public sealed class ChargingSessionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Start_ValidStart_ActiveWithStartFacts()
    {
        var start = new SessionStart("CP-1", 2, "TAG1", T0, 1_000, 7, AuthorizationOutcome.Accepted, T0.AddSeconds(3));

        var session = ChargingSession.Start(start);

        Assert.Equal(SessionStatus.Active, session.Status);
        Assert.Equal(("CP-1", 2, "TAG1", 7), (session.ChargePointId, session.ConnectorId, session.IdTag, session.ReservationId));
        Assert.Equal((T0, 1_000L, T0.AddSeconds(3)), (session.StartedAt, session.MeterStartWh, session.StartReceivedAt));
        Assert.Equal(AuthorizationOutcome.Accepted, session.StartAuthorization);
        Assert.Equal(SessionWarnings.None, session.Warnings);
        Assert.Equal(0, session.EnergyWh);
        Assert.Null(session.LastMeterWh);
        Assert.Null(session.EndedAt);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    [InlineData(1, -1)]
    [InlineData(1, long.MinValue)]
    public void Start_ConnectorBelowOneOrNegativeMeterStart_Throws(int connectorId, long meterStartWh)
    {
        var start = NewStart(connectorId: connectorId, meterStartWh: meterStartWh);

        Assert.Throws<ArgumentOutOfRangeException>(() => ChargingSession.Start(start));
    }

    [Theory]
    [InlineData(AuthorizationOutcome.Accepted, SessionWarnings.None)]
    [InlineData(AuthorizationOutcome.Blocked, SessionWarnings.TagNotAccepted)]
    [InlineData(AuthorizationOutcome.Expired, SessionWarnings.TagNotAccepted)]
    [InlineData(AuthorizationOutcome.Invalid, SessionWarnings.TagNotAccepted)]
    [InlineData(AuthorizationOutcome.ConcurrentTx, SessionWarnings.TagNotAccepted)]
    public void Start_TagOutcome_WarnsUnlessAccepted(AuthorizationOutcome outcome, SessionWarnings expected)
    {
        var start = NewStart(authorization: outcome);

        var session = ChargingSession.Start(start);

        Assert.Equal(SessionStatus.Active, session.Status);
        Assert.Equal(expected, session.Warnings);
    }

    [Fact]
    public void RecordMeter_NewerReading_BecomesLastReading()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));

        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 1_500, 7_000, 40));

        Assert.Equal((1_500L, T0.AddMinutes(1)), (session.LastMeterWh, session.LastMeterAt));
        Assert.Equal(7_000, session.LastPowerW);
        Assert.Equal(40, session.LastSocPercent);
        Assert.Equal(500, session.EnergyWh);
    }

    [Fact]
    public void RecordMeter_LateReading_DoesNotReplaceLastReading()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.RecordMeter(new MeterReading(T0.AddMinutes(10), 3_000, 7_000, 60));

        session.RecordMeter(new MeterReading(T0.AddMinutes(5), 2_000, 3_000, 50));

        Assert.Equal((3_000L, T0.AddMinutes(10)), (session.LastMeterWh, session.LastMeterAt));
        Assert.Equal((7_000L, 60), (session.LastPowerW, session.LastSocPercent));
        Assert.Equal(2_000, session.EnergyWh);
    }

    [Fact]
    public void RecordMeter_SameReadingTwice_SameState()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 1_200, null, null));
        var reading = new MeterReading(T0.AddMinutes(2), 1_400, null, 30);
        session.RecordMeter(reading);

        session.RecordMeter(reading);

        Assert.Equal((1_400L, T0.AddMinutes(2)), (session.LastMeterWh, session.LastMeterAt));
        Assert.Equal(12_000, session.LastPowerW);
        Assert.Equal(400, session.EnergyWh);
    }

    [Theory]
    [InlineData(1_000, 900, 4_000L)]
    [InlineData(2_000, 900, 8_000L)]
    [InlineData(1, 7_200, 1L)] // 0.5 W rounds away from zero
    [InlineData(1, 7, 514L)]
    [InlineData(0, 60, 0L)]
    [InlineData(25_000, 9, 10_000_000L)] // 10 MW: the highest rate taken as real
    [InlineData(25_001, 9, null)] // above 10 MW: a meter glitch, not a rate
    [InlineData(1_000_000_000, 1, null)]
    public void RecordMeter_NoPowerSample_PowerDerivedFromEnergy(long deltaWh, int seconds, long? expectedW)
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 2_000, null, null));

        session.RecordMeter(new MeterReading(T0.AddMinutes(1).AddSeconds(seconds), 2_000 + deltaWh, null, null));

        Assert.Equal(expectedW, session.LastPowerW);
    }

    [Fact]
    public void RecordMeter_GlitchAfterPowerSample_PreviousPowerKept()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 2_000, 7_000, null));

        session.RecordMeter(new MeterReading(T0.AddMinutes(2), 900_000, null, null));

        Assert.Equal(7_000, session.LastPowerW);
        Assert.Equal(899_000, session.EnergyWh);
    }

    [Fact]
    public void RecordMeter_FirstReadingWithoutPower_NoPowerYet()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));

        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 2_000, null, null));

        Assert.Null(session.LastPowerW);
    }

    [Fact]
    public void RecordMeter_PowerSampleSent_SampleWinsOverDerivedPower()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 2_000, null, null));

        session.RecordMeter(new MeterReading(T0.AddMinutes(2), 2_100, 11_000, null));

        Assert.Equal(11_000, session.LastPowerW);
    }

    [Fact]
    public void RecordMeter_OnlyPowerSample_PowerMovesEnergyStays()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 1_300, null, null));

        session.RecordMeter(new MeterReading(T0.AddMinutes(2), null, 3_700, null));

        Assert.Equal(3_700, session.LastPowerW);
        Assert.Equal(1_300, session.LastMeterWh);
        Assert.Equal(300, session.EnergyWh);
    }

    [Fact]
    public void RecordMeter_RegisterBelowMeterStart_EnergyZeroAndNoDerivedPower()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 5_000));
        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 5_600, 7_000, null));

        session.RecordMeter(new MeterReading(T0.AddMinutes(2), 200, null, null));

        Assert.Equal(200, session.LastMeterWh);
        Assert.Equal(0, session.EnergyWh);
        Assert.Equal(7_000, session.LastPowerW);
    }

    [Fact]
    public void RecordMeter_AfterStop_EnergyFinalAndNoPower()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.Stop(NewStop(T0.AddMinutes(30), 4_000));

        session.RecordMeter(new MeterReading(T0.AddMinutes(40), 6_000, 7_000, 80));

        Assert.Equal(3_000, session.EnergyWh);
        Assert.Equal(0, session.LastPowerW);
        Assert.Equal(SessionStatus.Completed, session.Status);
    }

    [Fact]
    public void RecordMeter_WhileInterrupted_NoPower()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.Interrupt(T0.AddMinutes(5), "Reboot");

        session.RecordMeter(new MeterReading(T0.AddMinutes(6), 1_500, 7_000, null));

        Assert.Equal(0, session.LastPowerW);
        Assert.Equal(500, session.EnergyWh);
    }

    [Fact]
    public void Interrupt_Active_InterruptedWithReasonAndNoPower()
    {
        var session = ChargingSession.Start(NewStart());
        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 2_000, 7_000, null));

        var interrupted = session.Interrupt(T0.AddMinutes(5), "Reboot");

        Assert.True(interrupted);
        Assert.Equal(SessionStatus.Interrupted, session.Status);
        Assert.Equal((T0.AddMinutes(5), "Reboot"), (session.InterruptedAt, session.InterruptionReason));
        Assert.Equal(0, session.LastPowerW);
    }

    [Theory]
    [InlineData(SessionStatus.Interrupted)]
    [InlineData(SessionStatus.Completed)]
    public void Interrupt_NotActive_ReturnsFalseAndChangesNothing(SessionStatus status)
    {
        var session = InStatus(status);
        var before = Snapshot(session);

        var interrupted = session.Interrupt(T0.AddHours(2), "Superseded");

        Assert.False(interrupted);
        Assert.Equal(before, Snapshot(session));
    }

    [Fact]
    public void Stop_Active_CompletedWithStopFacts()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 1_500, 7_000, null));

        var outcome = session.Stop(new SessionStop(T0.AddMinutes(30), 4_250, "EVDisconnected", "TAG2", T0.AddMinutes(31)));

        Assert.Equal(StopOutcome.Completed, outcome);
        Assert.Equal(SessionStatus.Completed, session.Status);
        Assert.Equal((T0.AddMinutes(30), 4_250L, "EVDisconnected", "TAG2"), (session.EndedAt, session.MeterStopWh, session.StopReason, session.StopIdTag));
        Assert.Equal(T0.AddMinutes(31), session.StopReceivedAt);
        Assert.Equal(3_250, session.EnergyWh);
        Assert.Equal(0, session.LastPowerW);
        Assert.Equal(SessionWarnings.None, session.Warnings);
    }

    [Fact]
    public void Stop_Interrupted_CompletedAfterInterruption()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.Interrupt(T0.AddMinutes(5), "Reboot");

        var outcome = session.Stop(NewStop(T0.AddMinutes(10), 2_000));

        Assert.Equal(StopOutcome.Completed, outcome);
        Assert.Equal(SessionStatus.Completed, session.Status);
        Assert.Equal(SessionWarnings.CompletedAfterInterruption, session.Warnings);
        Assert.Equal(1_000, session.EnergyWh);
    }

    [Fact]
    public void Stop_SecondStop_AlreadyCompletedAndNothingChanges()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.Stop(NewStop(T0.AddMinutes(30), 4_000));
        var before = Snapshot(session);

        var outcome = session.Stop(new SessionStop(T0.AddMinutes(45), 500, "Other", "TAG9", T0.AddMinutes(46)));

        Assert.Equal(StopOutcome.AlreadyCompleted, outcome);
        Assert.Equal(before, Snapshot(session));
    }

    [Theory]
    [InlineData(1_000, 999, 0, SessionWarnings.MeterRegisterDecreased)]
    [InlineData(1_000, 0, 0, SessionWarnings.MeterRegisterDecreased)]
    [InlineData(1_000, 1_000, 0, SessionWarnings.None)]
    [InlineData(1_000, 1_001, 1, SessionWarnings.None)]
    [InlineData(0, 0, 0, SessionWarnings.None)]
    public void Stop_MeterStop_EnergyNeverNegative(long meterStartWh, long meterStopWh, long expectedWh, SessionWarnings expectedWarnings)
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: meterStartWh));

        session.Stop(NewStop(T0.AddMinutes(30), meterStopWh));

        Assert.Equal(expectedWh, session.EnergyWh);
        Assert.Equal(expectedWarnings, session.Warnings);
    }

    [Fact]
    public void Stop_BeforeStart_EndedBeforeStart()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));

        session.Stop(NewStop(T0.AddSeconds(-1), 2_000));

        Assert.Equal(SessionWarnings.EndedBeforeStart, session.Warnings);
        Assert.Equal(1_000, session.EnergyWh);
    }

    [Fact]
    public void Stop_EverythingOdd_AllWarningsKept()
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000, authorization: AuthorizationOutcome.Blocked));
        session.Interrupt(T0.AddMinutes(1), "Reboot");

        session.Stop(NewStop(T0.AddMinutes(-1), 10));

        Assert.Equal(
            SessionWarnings.TagNotAccepted | SessionWarnings.CompletedAfterInterruption | SessionWarnings.EndedBeforeStart | SessionWarnings.MeterRegisterDecreased,
            session.Warnings);
        Assert.Equal(0, session.EnergyWh);
    }

    [Theory]
    [InlineData("CP-1", 1, "TAG1", 0, 0, 1_000, true)]
    [InlineData("CP-1", 1, "tag1", 0, 0, 1_000, true)]
    [InlineData("CP-1", 1, "TAG1", 0, 2, 1_000, true)] // the same instant written with another offset
    [InlineData("CP-2", 1, "TAG1", 0, 0, 1_000, false)]
    [InlineData("cp-1", 1, "TAG1", 0, 0, 1_000, false)]
    [InlineData("CP-1", 2, "TAG1", 0, 0, 1_000, false)]
    [InlineData("CP-1", 1, "TAG2", 0, 0, 1_000, false)]
    [InlineData("CP-1", 1, "TAG1", 1, 0, 1_000, false)]
    [InlineData("CP-1", 1, "TAG1", 0, 0, 1_001, false)]
    public void IsSameStart_ComparedWithCreatingStart_MatchesOnlyTheSameStart(
        string chargePointId, int connectorId, string idTag, int secondsLater, int offsetHours, long meterStartWh, bool expected)
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        var at = T0.AddSeconds(secondsLater).ToOffset(TimeSpan.FromHours(offsetHours));
        var resent = new SessionStart(chargePointId, connectorId, idTag, at, meterStartWh, null, AuthorizationOutcome.Invalid, T0.AddHours(1));

        var same = session.IsSameStart(resent);

        Assert.Equal(expected, same);
    }

    [Fact]
    public void IsSameStart_Null_False()
    {
        var session = ChargingSession.Start(NewStart());

        var same = session.IsSameStart(null!);

        Assert.False(same);
    }

    private static SessionStart NewStart(
        int connectorId = 1, long meterStartWh = 1_000, AuthorizationOutcome authorization = AuthorizationOutcome.Accepted) =>
        new("CP-1", connectorId, "TAG1", T0, meterStartWh, null, authorization, T0);

    private static SessionStop NewStop(DateTimeOffset at, long meterStopWh) => new(at, meterStopWh, "Local", null, at);

    private static ChargingSession InStatus(SessionStatus status)
    {
        var session = ChargingSession.Start(NewStart(meterStartWh: 1_000));
        session.RecordMeter(new MeterReading(T0.AddMinutes(1), 1_600, 7_000, 20));
        if (status == SessionStatus.Interrupted)
        {
            session.Interrupt(T0.AddMinutes(5), "Reboot");
        }
        else if (status == SessionStatus.Completed)
        {
            session.Stop(NewStop(T0.AddMinutes(30), 4_000));
        }

        return session;
    }

    private static object Snapshot(ChargingSession s) => new
    {
        s.Status,
        s.Warnings,
        s.InterruptedAt,
        s.InterruptionReason,
        s.EndedAt,
        s.MeterStopWh,
        s.StopReason,
        s.StopIdTag,
        s.StopReceivedAt,
        s.LastMeterWh,
        s.LastMeterAt,
        s.LastPowerW,
        s.LastSocPercent,
        s.EnergyWh,
    };
}
