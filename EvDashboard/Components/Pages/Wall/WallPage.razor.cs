using EvDashboard.Components.Shared;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace EvDashboard.Components.Pages.Wall;

/// <summary>
/// The wall display (/wall): every connector as a big tile, occupancy and energy today, an events ticker. Live
/// through <see cref="LiveComponent"/>; a one-second clock moves elapsed times, turns pages when there are more
/// tiles than fit, re-reads the running costs of open sessions (time fees grow between samples) and reloads at
/// the site's midnight. wall.js brings the page back by itself when the circuit
/// is lost for good (server restart, long network loss): nobody is there to press "reload".
/// </summary>
public sealed partial class WallPage
{
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);
    private const int SecondsPerPage = 15;
    private const string NoChargePointsText =
        "Connect a charge point to ws://<this host>/ocpp/<its id> (OCPP 1.6-J): its connectors appear here as tiles, live.";

    private readonly CancellationTokenSource _lifetime = new();
    private readonly WallBoard _board = new();
    private ElementReference _heartbeat;
    private ITimer? _timer;
    private DateTimeOffset _now;
    private long _ticks;
    private int _page;
    private RunningCosts? _costs;

    [Inject]
    private WallQueries Queries { get; set; } = default!;

    [Inject]
    private ISessionCosts SessionCosts { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Inject]
    private TimeProvider Timers { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<WallPage> Logger { get; set; } = default!;

    /// <summary>Optional ?site=: one site for now, so anything but its name shows an empty state.</summary>
    [SupplyParameterFromQuery(Name = "site")]
    public string? Site { get; set; }

    /// <summary>A wall needs no more than two renders a second.</summary>
    protected override TimeSpan RenderInterval => TimeSpan.FromMilliseconds(500);

    private RunningCosts Costs => _costs ??= new RunningCosts(SessionCosts, Timers, Logger);

    private bool SiteMatches => string.IsNullOrWhiteSpace(Site) || string.Equals(Site.Trim(), Clock.SiteName, StringComparison.OrdinalIgnoreCase);

    private int PageCount => WallGrid.PageCount(_board.Tiles.Count);

    private IEnumerable<WallTileView> PageTiles
    {
        get
        {
            var (start, count) = WallGrid.Page(_board.Tiles.Count, _page);
            return _board.Tiles.Skip(start).Take(count);
        }
    }

    private string GridStyle
    {
        get
        {
            var (_, count) = WallGrid.Page(_board.Tiles.Count, _page);
            var (columns, rows) = WallGrid.Fit(count);
            return $"grid-template-columns: repeat({columns}, minmax(0, 1fr)); grid-template-rows: repeat({rows}, minmax(0, 1fr));";
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _now = Clock.UtcNow;
        await base.OnInitializedAsync();
    }

    protected override async Task LoadAsync()
    {
        if (SiteMatches)
        {
            _board.Load(await Queries.GetSnapshotAsync(WallBoard.TickerLength, _lifetime.Token));
            await ReadCostsAsync();
        }
    }

    protected override bool Apply(LiveEvent liveEvent) => SiteMatches && _board.Apply(liveEvent);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Only in the interactive render: prerendering has no circuit to tick on and no browser to talk to.
        _timer = Timers.CreateTimer(_ => _ = TickSafelyAsync(), null, TickInterval, TickInterval);
        try
        {
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", _lifetime.Token, "./wall.js");
            await module.InvokeVoidAsync("watch", _lifetime.Token, _heartbeat);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException)
        {
            WallLog.WatchdogFailed(Logger, e);
        }
    }

    private async Task TickSafelyAsync()
    {
        try
        {
            await InvokeAsync(TickAsync);
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between two ticks.
        }
        catch (Exception e)
        {
            WallLog.TickFailed(Logger, e);
        }
    }

    private async Task TickAsync()
    {
        _now = Clock.UtcNow;
        _ticks++;
        _page = (int)(_now.ToUnixTimeSeconds() / SecondsPerPage % PageCount);
        if (SiteMatches && IsLoaded && Clock.StartOfDay(_now) != _board.TodayStartsAt)
        {
            // A new day at the site: energy today starts from zero again.
            await ReloadAsync();
            return;
        }

        if (SiteMatches && IsLoaded)
        {
            await ReadCostsAsync();
        }

        StateHasChanged();
    }

    private async Task ReadCostsAsync()
    {
        if (await Costs.RefreshAsync(_board.OpenSessions, _lifetime.Token))
        {
            _board.ApplyCosts(Costs.Current);
        }
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
