using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// Today's sessions for the overview: how many started since the site's midnight, and the energy delivered
/// since then. Rule for energy today: each session counts its energy now minus what it had delivered at
/// midnight — read from its last energy-register sample at or before midnight (none: nothing before midnight
/// is known, so all its energy counts). Sessions that started today count whole. Used on the renderer's thread only.
/// </summary>
public sealed class SessionTally(DateTimeOffset midnight)
{
    private readonly Dictionary<int, Entry> _sessions = [];

    /// <summary>The UTC instant of the site's midnight this tally counts from.</summary>
    public DateTimeOffset Midnight { get; } = midnight;

    public int StartedToday { get; private set; }

    public long EnergyTodayWh => _sessions.Values.Sum(e => e.EnergyWh - e.BeforeMidnightWh);

    /// <param name="beforeMidnightWh">Energy the session had delivered at midnight (0 when it started today).</param>
    public void Add(int transactionId, SessionStatus status, long energyWh, long beforeMidnightWh, bool startedToday)
    {
        _sessions[transactionId] = new Entry(status, energyWh, Math.Clamp(beforeMidnightWh, 0, energyWh));
        StartedToday += startedToday ? 1 : 0;
    }

    /// <summary>Applies a session event; returns the event kind it means (start, stop, interruption) or null for a meter update.</summary>
    public NetworkEventKind? Apply(SessionChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!_sessions.TryGetValue(change.TransactionId, out var known))
        {
            // New while the page is open: a start counts today. A stop of a session we did not know (it ended before
            // midnight and its stop arrives late) brings no energy into today.
            var isStart = change.Status == SessionStatus.Active;
            Add(change.TransactionId, change.Status, change.EnergyWh, isStart ? 0 : change.EnergyWh, isStart);
            return KindOf(change.Status);
        }

        _sessions[change.TransactionId] = known with { Status = change.Status, EnergyWh = Math.Max(change.EnergyWh, known.BeforeMidnightWh) };
        return known.Status == change.Status ? null : KindOf(change.Status);
    }

    private static NetworkEventKind KindOf(SessionStatus status) => status switch
    {
        SessionStatus.Active => NetworkEventKind.SessionStarted,
        SessionStatus.Interrupted => NetworkEventKind.SessionInterrupted,
        _ => NetworkEventKind.SessionStopped,
    };

    private sealed record Entry(SessionStatus Status, long EnergyWh, long BeforeMidnightWh);
}
