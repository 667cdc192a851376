using System.Collections.Concurrent;
using EvDashboard.Core.Live;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>
/// When each charge point's current connection began and when it had gone offline before, from the live feed. Kept in
/// memory because connection events reach the database only at the next presence flush; after a restart the reader
/// falls back to the stored connection events.
/// </summary>
internal sealed class ReconnectTracker : IDisposable
{
    private readonly ConcurrentDictionary<string, Presence> _presence = new(StringComparer.Ordinal);
    private readonly IDisposable _subscription;

    public ReconnectTracker(LiveFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        _subscription = feed.Subscribe(Observe);
    }

    public IReadOnlyCollection<string> Known => (IReadOnlyCollection<string>)_presence.Keys;

    /// <returns>(online since, offline before), either null when not known.</returns>
    public (DateTimeOffset? OnlineSince, DateTimeOffset? OfflineBefore) Get(string chargePointId) =>
        _presence.TryGetValue(chargePointId, out var p) ? (p.OnlineSince, p.OfflineBefore) : (null, null);

    public void Dispose() => _subscription.Dispose();

    private void Observe(LiveEvent liveEvent)
    {
        if (liveEvent is not ChargePointConnectionChanged change)
        {
            return;
        }

        _presence.AddOrUpdate(
            change.ChargePointId,
            _ => change.IsOnline ? new Presence(change.At, null, null) : new Presence(null, null, change.At),
            (_, old) => change.IsOnline ? new Presence(change.At, old.LastOffline, old.LastOffline) : old with { OnlineSince = null, LastOffline = change.At });
    }

    private sealed record Presence(DateTimeOffset? OnlineSince, DateTimeOffset? OfflineBefore, DateTimeOffset? LastOffline);
}
