using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using static EvDashboard.Tests.Core.Sessions.ChargingSessionFixtures;

namespace EvDashboard.Tests.Core.Sessions;

/// <summary>How meter readings move a session's live figures (last reading, power, SoC, energy).</summary>
public sealed class ChargingSessionMeterTests
{
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
}
