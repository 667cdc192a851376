using EvDashboard.Components.Shared;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Overview;

/// <summary>
/// The network at a glance. Counts, sessions and events follow the live feed (LiveComponent's 200 ms throttle);
/// the power chart reads <see cref="PowerHistory"/>, which refreshes every 30 s, so the page re-reads it on a
/// 30-second timer — which also reloads everything when the site's day rolls over at midnight.
/// </summary>
public sealed partial class OverviewPage
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _lifetime = new();
    private OverviewState? _state;
    private IReadOnlyList<PowerHistoryPoint> _power = [];
    private ITimer? _timer;

    [Inject]
    private OverviewQueries Queries { get; set; } = default!;

    [Inject]
    private PowerHistory History { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override void OnInitialized() =>
        _timer = Time.CreateTimer(_ => _ = InvokeAsync(RefreshAsync), null, RefreshInterval, RefreshInterval);

    protected override async Task LoadAsync()
    {
        _state = await Queries.LoadAsync(_lifetime.Token);
        _power = History.Snapshot();
    }

    protected override bool Apply(LiveEvent liveEvent) => _state?.Apply(liveEvent) ?? false;

    private async Task RefreshAsync()
    {
        if (_lifetime.IsCancellationRequested || _state is null)
        {
            return;
        }

        if (Clock.StartOfToday != _state.Today.Midnight)
        {
            await ReloadAsync();
            return;
        }

        _power = History.Snapshot();
        StateHasChanged();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _timer?.Dispose();
            _lifetime.Cancel();
            _lifetime.Dispose();
        }

        base.Dispose(disposing);
    }
}
