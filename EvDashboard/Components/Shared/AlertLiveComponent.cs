using EvDashboard.Core.Alerts;
using EvDashboard.Core.Live;

namespace EvDashboard.Components.Shared;

/// <summary>
/// A live component that re-reads its alerts from the database when one changes: an <see cref="AlertChanged"/> marks it
/// stale, the render that follows (at most one per <see cref="LiveComponent.RenderInterval"/>) reloads once, so a burst
/// of alerts costs one query. For lists whose filter or paging an event alone cannot update.
/// </summary>
public abstract class AlertLiveComponent : LiveComponent
{
    private bool _stale;

    protected override bool IsRelevant(LiveEvent liveEvent) => liveEvent is AlertChanged changed && IsRelevant(changed);

    /// <summary>Whether this alert's change can touch what the component shows.</summary>
    protected virtual bool IsRelevant(AlertChanged changed) => true;

    protected override bool Apply(LiveEvent liveEvent)
    {
        _stale = true;
        return true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_stale)
        {
            _stale = false;
            await ReloadAsync();
        }
    }
}
