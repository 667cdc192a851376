using EvDashboard.Components.Shared;
using EvDashboard.Core.Live;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Stations;

/// <summary>
/// Every charge point with its connectors, live. Built for 1,000 connectors: the list is virtualised (only the
/// rows on screen exist), live events are applied to an in-memory board and rendered at most once per second
/// (LiveComponent's throttle, leading edge: a lone event shows at once), and a row re-renders only when its
/// station changed. Elapsed times and "last message" are <see cref="ClockText"/> labels moved by a 1-second
/// <see cref="StationClock"/>, so the clock never re-renders whole rows.
/// </summary>
public sealed partial class StationsPage
{
    private static readonly TimeSpan ClockInterval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _lifetime = new();
    private StationBoard? _board;
    private StationFilter _filter = StationFilter.All;
    private List<StationState> _visible = [];
    private bool _filterDirty = true;
    private StationClock _clock = default!;
    private (string?, bool?, string?) _appliedQuery;
    private ITimer? _timer;

    [Inject]
    private StationBoardQueries Queries { get; set; } = default!;

    [Inject]
    private ChargePointPresence Presence { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>A connector state (e.g. Faulted): the overview's state chips link here with it.</summary>
    [SupplyParameterFromQuery(Name = "state")]
    public string? StateQuery { get; set; }

    [SupplyParameterFromQuery(Name = "online")]
    public bool? OnlineQuery { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? SearchQuery { get; set; }

    protected override TimeSpan RenderInterval => TimeSpan.FromSeconds(1);

    private List<StationState> Visible
    {
        get
        {
            if (_filterDirty && _board is not null)
            {
                _visible = _board.Filter(_filter);
                _filterDirty = false;
            }

            return _visible;
        }
    }

    protected override void OnInitialized()
    {
        _clock = new StationClock(Time.GetUtcNow());
        _timer = Time.CreateTimer(_ => _ = InvokeAsync(OnClock), null, ClockInterval, ClockInterval);
    }

    /// <summary>The query string sets the filter when it changes (a link to /stations?state=Faulted, or the menu's /stations).</summary>
    protected override void OnParametersSet()
    {
        var query = (StateQuery, OnlineQuery, SearchQuery);
        if (query == _appliedQuery)
        {
            return;
        }

        _appliedQuery = query;
        var state = Enum.TryParse<ConnectorStatus>(StateQuery, ignoreCase: true, out var s) ? s : (ConnectorStatus?)null;
        SetFilter(new StationFilter(SearchQuery, state, OnlineQuery));
    }

    protected override async Task LoadAsync()
    {
        _board = await Queries.LoadAsync(_lifetime.Token);
        _filterDirty = true;
    }

    protected override bool Apply(LiveEvent liveEvent)
    {
        if (_board?.Apply(liveEvent) is null)
        {
            return false;
        }

        _filterDirty = true;
        return true;
    }

    /// <summary>Presence (last seen, and an online flip the feed has not brought yet), then the labels' second hand.</summary>
    private void OnClock()
    {
        if (_board is null || _lifetime.IsCancellationRequested)
        {
            return;
        }

        if (_board.SeePresence(Presence))
        {
            _filterDirty = true;
            StateHasChanged();
        }

        _clock.Tick(Time.GetUtcNow());
    }

    private void OnSearch(ChangeEventArgs e) => SetFilter(_filter with { Search = e.Value as string });

    private void OnOnline(bool? online) => SetFilter(_filter with { Online = online });

    private void OnState(ConnectorStatus state) => SetFilter(_filter with { State = _filter.State == state ? null : state, Online = null });

    private void OnOffline() => SetFilter(_filter with { State = null, Online = _filter.Online == false ? null : false });

    private void ClearFilters() => SetFilter(StationFilter.All);

    private void SetFilter(StationFilter filter)
    {
        _filter = filter == new StationFilter() ? StationFilter.All : filter;
        _filterDirty = true;
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
