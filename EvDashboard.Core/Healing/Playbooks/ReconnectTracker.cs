using System.Collections.Concurrent;
using EvDashboard.Core.Live;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>
/// When each charge point's current connection began and when it had gone offline before, from the live feed. Kept in
/// memory because connection events reach the database only at the next presence flush; after a restart the reader
/// falls back to the stored connection events.
/// Each new connection is also put up for review once: the passes read only those charge points (and the ones with a
/// run, a stuck connector or an alert), not every charge point ever seen, so a pass costs nothing per healthy charger.
/// </summary>
internal sealed class ReconnectTracker : IDisposable
{
    private readonly ConcurrentDictionary<string, Presence> _presence = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _toReview = new(StringComparer.Ordinal);
    private readonly IDisposable _subscription;

    public ReconnectTracker(LiveFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        _subscription = feed.Subscribe(Observe);
    }

    /// <summary>Connections not yet looked at by a pass, with when each began.</summary>
    public IReadOnlyList<KeyValuePair<string, DateTimeOffset>> ToReview => _toReview.ToArray();

    /// <summary>A pass has looked at these connections; a charge point that has reconnected since stays up for review.</summary>
    public void Reviewed(IEnumerable<KeyValuePair<string, DateTimeOffset>> reviewed)
    {
        foreach (var connection in reviewed)
        {
            _toReview.TryRemove(connection);
        }
    }

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

        if (change.IsOnline)
        {
            _toReview[change.ChargePointId] = change.At;
        }

        _presence.AddOrUpdate(
            change.ChargePointId,
            _ => change.IsOnline ? new Presence(change.At, null, null) : new Presence(null, null, change.At),
            (_, old) => change.IsOnline ? new Presence(change.At, old.LastOffline, old.LastOffline) : old with { OnlineSince = null, LastOffline = change.At });
    }

    private sealed record Presence(DateTimeOffset? OnlineSince, DateTimeOffset? OfflineBefore, DateTimeOffset? LastOffline);
}
