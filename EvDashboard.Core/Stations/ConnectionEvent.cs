namespace EvDashboard.Core.Stations;

/// <summary>
/// A charge point's WebSocket connecting or dropping. Kept so that "online/offline" appears in the history after a
/// reload and so that reports can count offline time. An offline event the process could not write (it crashed)
/// is added at the next start, at the charge point's last-seen time.
/// </summary>
public sealed class ConnectionEvent
{
    private ConnectionEvent()
    {
        ChargePointId = string.Empty;
    }

    public ConnectionEvent(string chargePointId, bool isOnline, DateTimeOffset at)
    {
        ChargePointId = chargePointId;
        IsOnline = isOnline;
        At = at;
    }

    public long Id { get; private set; }

    public string ChargePointId { get; private set; }

    public bool IsOnline { get; private set; }

    public DateTimeOffset At { get; private set; }
}
