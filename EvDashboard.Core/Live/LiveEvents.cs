using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Live;

public sealed record ChargePointConnectionChanged(string ChargePointId, bool IsOnline, DateTimeOffset At) : LiveEvent(ChargePointId, At);

public sealed record ChargePointBooted(string ChargePointId, string Vendor, string Model, string? FirmwareVersion, DateTimeOffset At) : LiveEvent(ChargePointId, At);

public sealed record ConnectorStatusChanged(string ChargePointId, int ConnectorId, ConnectorStatus Status, string ErrorCode, string? Info, DateTimeOffset At)
    : LiveEvent(ChargePointId, At);

/// <param name="MeterAt">The charger's timestamp of the newest meter reading (null before the first one).</param>
/// <param name="RegisterWh">The energy register at the newest reading that carried one: running costs extend their timeline with it.</param>
public sealed record SessionChanged(
    string ChargePointId,
    int ConnectorId,
    int TransactionId,
    string IdTag,
    SessionStatus Status,
    long EnergyWh,
    long? PowerW,
    int? SocPercent,
    DateTimeOffset At,
    DateTimeOffset? MeterAt = null,
    long? RegisterWh = null) : LiveEvent(ChargePointId, At)
{
    public static SessionChanged From(ChargingSession session, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new SessionChanged(session.ChargePointId, session.ConnectorId, session.TransactionId, session.IdTag, session.Status,
            session.EnergyWh, session.LastPowerW, session.LastSocPercent, at, session.LastMeterAt, session.LastMeterWh);
    }

    internal static SessionChanged From(MeteredSession session, DateTimeOffset at) =>
        new(session.ChargePointId, session.ConnectorId, session.TransactionId, session.IdTag, session.Status,
            session.Meter.EnergyWh, session.Meter.LastPowerW, session.Meter.LastSocPercent, at, session.Meter.LastMeterAt, session.Meter.LastMeterWh);
}
