using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using static EvDashboard.Tests.Core.Sessions.ChargingSessionFixtures;

namespace EvDashboard.Tests.Core.Sessions;

public sealed class ChargingSessionTests
{
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
}
