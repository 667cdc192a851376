using System.Collections.Concurrent;

namespace EvDashboard.Core.Stations;

/// <summary>
/// Who is connected and when each charge point was last heard from. Kept in memory because every
/// message updates it (a Heartbeat must not cost a disk write); last-seen is flushed to the database
/// periodically by <see cref="PresenceFlusher"/>.
/// </summary>
public sealed class ChargePointPresence
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ConnectionEvent> _transitions = new();

    public bool IsOnline(string chargePointId) => _entries.TryGetValue(chargePointId, out var e) && e.IsOnline;

    public DateTimeOffset? LastSeen(string chargePointId) => _entries.TryGetValue(chargePointId, out var e) ? e.LastSeenAt : null;

    public int OnlineCount => _entries.Values.Count(e => e.IsOnline);

    public void Connected(string chargePointId, DateTimeOffset at)
    {
        var entry = _entries.GetOrAdd(chargePointId, _ => new Entry());
        bool wasOnline;
        lock (entry)
        {
            wasOnline = entry.IsOnline;
            entry.IsOnline = true;
            entry.Touch(at);
        }

        // A replacing connection (the charger reconnected before its old socket was noticed dead) is no transition.
        if (!wasOnline)
        {
            _transitions.Enqueue(new ConnectionEvent(chargePointId, isOnline: true, at));
        }
    }

    public void Disconnected(string chargePointId, DateTimeOffset at)
    {
        if (_entries.TryGetValue(chargePointId, out var entry))
        {
            bool wasOnline;
            lock (entry)
            {
                wasOnline = entry.IsOnline;
                entry.IsOnline = false;
                entry.Touch(at);
            }

            if (wasOnline)
            {
                _transitions.Enqueue(new ConnectionEvent(chargePointId, isOnline: false, at));
            }
        }
    }

    public void Seen(string chargePointId, DateTimeOffset at)
    {
        if (_entries.TryGetValue(chargePointId, out var entry))
        {
            lock (entry)
            {
                entry.Touch(at);
            }
        }
    }

    /// <summary>Connects and disconnects since the previous call, oldest first.</summary>
    internal IReadOnlyList<ConnectionEvent> TakeTransitions()
    {
        var taken = new List<ConnectionEvent>();
        while (_transitions.TryDequeue(out var transition))
        {
            taken.Add(transition);
        }

        return taken;
    }

    /// <summary>Puts back transitions a failed flush could not write; the next flush writes them.</summary>
    internal void ReturnTransitions(IReadOnlyList<ConnectionEvent> transitions)
    {
        foreach (var transition in transitions)
        {
            _transitions.Enqueue(transition);
        }
    }

    /// <summary>Last-seen times that changed since the previous call.</summary>
    internal IReadOnlyList<(string ChargePointId, DateTimeOffset LastSeenAt)> TakeDirty()
    {
        var dirty = new List<(string, DateTimeOffset)>();
        foreach (var (id, entry) in _entries)
        {
            lock (entry)
            {
                if (entry.Dirty)
                {
                    entry.Dirty = false;
                    dirty.Add((id, entry.LastSeenAt));
                }
            }
        }

        return dirty;
    }

    private sealed class Entry
    {
        public bool IsOnline { get; set; }

        public DateTimeOffset LastSeenAt { get; private set; }

        public bool Dirty { get; set; }

        public void Touch(DateTimeOffset at)
        {
            if (at > LastSeenAt)
            {
                LastSeenAt = at;
                Dirty = true;
            }
        }
    }
}
