using System.Collections.Concurrent;
using EvDashboard.Core.Live;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Shared;

/// <summary>
/// Base for components that show live data. It subscribes to the live feed before loading from the
/// database, queues events while loading, then applies them, so nothing is lost between the query and
/// the subscription. Events are applied on the renderer's thread in batches, at most once per
/// <see cref="RenderInterval"/>, so a burst costs one render, not one per event.
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private readonly ConcurrentQueue<LiveEvent> _pending = new();
    private IDisposable? _subscription;
    private LiveThrottle? _throttle;
    private volatile bool _loaded;

    [Inject]
    private LiveFeed Feed { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<LiveComponent> Logger { get; set; } = default!;

    /// <summary>The shortest time between two live renders of this component.</summary>
    protected virtual TimeSpan RenderInterval => TimeSpan.FromMilliseconds(200);

    /// <summary>Whether the component has finished its first load.</summary>
    protected bool IsLoaded => _loaded;

    protected override async Task OnInitializedAsync()
    {
        _throttle = new LiveThrottle(RenderInterval, () => InvokeAsync(ApplyPending), Time, Logger);
        _subscription = Feed.Subscribe(OnFeed);
        await LoadAsync();
        _loaded = true;
        ApplyPendingWithoutRender();
    }

    /// <summary>Loads the current state from the database (called once, after subscribing).</summary>
    protected abstract Task LoadAsync();

    /// <summary>Cheap filter on the publisher's thread: is this event of interest at all?</summary>
    protected virtual bool IsRelevant(LiveEvent liveEvent) => true;

    /// <summary>Applies one event to the component's state on the renderer's thread; true when something visible changed.</summary>
    protected abstract bool Apply(LiveEvent liveEvent);

    /// <summary>Forces a reload and render, e.g. after a filter changed.</summary>
    protected async Task ReloadAsync()
    {
        await LoadAsync();
        ApplyPendingWithoutRender();
        StateHasChanged();
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _throttle?.Dispose();
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private void OnFeed(LiveEvent liveEvent)
    {
        if (!IsRelevant(liveEvent))
        {
            return;
        }

        _pending.Enqueue(liveEvent);
        if (_loaded)
        {
            _throttle?.Request();
        }
    }

    private void ApplyPending()
    {
        if (ApplyPendingWithoutRender())
        {
            StateHasChanged();
        }
    }

    private bool ApplyPendingWithoutRender()
    {
        var changed = false;
        while (_pending.TryDequeue(out var liveEvent))
        {
            changed |= Apply(liveEvent);
        }

        return changed;
    }
}
