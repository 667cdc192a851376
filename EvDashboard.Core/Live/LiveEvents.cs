using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Live;

public sealed record ChargePointConnectionChanged(string ChargePointId, bool IsOnline, DateTimeOffset At) : LiveEvent(ChargePointId, At);

public sealed record ChargePointBooted(string ChargePointId, string Vendor, string Model, string? FirmwareVersion, DateTimeOffset At) : LiveEvent(ChargePointId, At);

public sealed record ConnectorStatusChanged(string ChargePointId, int ConnectorId, ConnectorStatus Status, string ErrorCode, string? Info, DateTimeOffset At)
    : LiveEvent(ChargePointId, At);

public sealed record SessionChanged(
    string ChargePointId,
    int ConnectorId,
    int TransactionId,
    string IdTag,
    SessionStatus Status,
    long EnergyWh,
    long? PowerW,
    int? SocPercent,
    DateTimeOffset At) : LiveEvent(ChargePointId, At)
{
    public static SessionChanged From(ChargingSession session, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new SessionChanged(session.ChargePointId, session.ConnectorId, session.TransactionId, session.IdTag, session.Status,
            session.EnergyWh, session.LastPowerW, session.LastSocPercent, at);
    }

    internal static SessionChanged From(MeteredSession session, DateTimeOffset at) =>
        new(session.ChargePointId, session.ConnectorId, session.TransactionId, session.IdTag, session.Status,
            session.Meter.EnergyWh, session.Meter.LastPowerW, session.Meter.LastSocPercent, at);
}
