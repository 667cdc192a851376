using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;

namespace EvDashboard.Tests.Core.Sessions;

/// <summary>Starts, stops and sessions in a given state, shared by the aggregate's test classes.</summary>
internal static class ChargingSessionFixtures
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    public static SessionStart NewStart(
        int connectorId = 1, long meterStartWh = 1_000, AuthorizationOutcome authorization = AuthorizationOutcome.Accepted) =>
        new("CP-1", connectorId, "TAG1", T0, meterStartWh, null, authorization, T0);

    public static SessionStop NewStop(DateTimeOffset at, long meterStopWh) => new(at, meterStopWh, "Local", null, at);

    public static ChargingSession InStatus(SessionStatus status)
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

    public static object Snapshot(ChargingSession s) => new
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
