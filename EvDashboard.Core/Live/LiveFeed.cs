using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Live;

/// <summary>
/// The in-process stream of live events. Pages and the SignalR hub subscribe; the ledger publishes
/// after each commit. A slow or failing subscriber never blocks or breaks the publisher.
/// </summary>
public sealed partial class LiveFeed(ILogger<LiveFeed> logger)
{
    private ImmutableArray<Action<LiveEvent>> _subscribers = [];

    public IDisposable Subscribe(Action<LiveEvent> subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(subscriber));
        return new Subscription(this, subscriber);
    }

    public void Publish(LiveEvent liveEvent)
    {
        foreach (var subscriber in _subscribers)
        {
            try
            {
                subscriber(liveEvent);
            }
            catch (Exception ex)
            {
                SubscriberFailed(logger, liveEvent.GetType().Name, ex);
            }
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "A live-feed subscriber failed on {EventType}")]
    private static partial void SubscriberFailed(ILogger logger, string eventType, Exception exception);

    private sealed class Subscription(LiveFeed feed, Action<LiveEvent> subscriber) : IDisposable
    {
        public void Dispose() => ImmutableInterlocked.Update(ref feed._subscribers, list => list.Remove(subscriber));
    }
}
