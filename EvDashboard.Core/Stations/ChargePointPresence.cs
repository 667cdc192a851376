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

    public bool IsOnline(string chargePointId) => _entries.TryGetValue(chargePointId, out var e) && e.IsOnline;

    public DateTimeOffset? LastSeen(string chargePointId) => _entries.TryGetValue(chargePointId, out var e) ? e.LastSeenAt : null;

    public int OnlineCount => _entries.Values.Count(e => e.IsOnline);

    public void Connected(string chargePointId, DateTimeOffset at)
    {
        var entry = _entries.GetOrAdd(chargePointId, _ => new Entry());
        lock (entry)
        {
            entry.IsOnline = true;
            entry.Touch(at);
        }
    }

    public void Disconnected(string chargePointId, DateTimeOffset at)
    {
        if (_entries.TryGetValue(chargePointId, out var entry))
        {
            lock (entry)
            {
                entry.IsOnline = false;
                entry.Touch(at);
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
