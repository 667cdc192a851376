using EvDashboard.Components.Shared;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Stations;

/// <summary>
/// One charge point: boot info, live connectors, status history, recent sessions and the operator commands.
/// Its events (and only its) are applied live; a status change or a session start/stop also bumps the
/// revision the history and sessions tabs reload on. A 1-second clock moves "last message" and elapsed times.
/// </summary>
public sealed partial class StationDetailPage
{
    private static readonly TimeSpan ClockInterval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _lifetime = new();
    private StationDetail? _detail;
    private int _historyRevision;
    private int _sessionsRevision;
    private DateTimeOffset _now;
    private string? _loadedId;
    private ITimer? _clock;

    [Parameter]
    public string Id { get; set; } = string.Empty;

    [Inject]
    private StationDetailQueries Queries { get; set; } = default!;

    [Inject]
    private ChargePointPresence Presence { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override void OnInitialized()
    {
        _now = Time.GetUtcNow();
        _clock = Time.CreateTimer(_ => _ = InvokeAsync(OnClock), null, ClockInterval, ClockInterval);
    }

    /// <summary>Navigating from one station to another reuses the page: load the new one.</summary>
    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId is not null && _loadedId != Id)
        {
            await ReloadAsync();
        }
    }

    protected override async Task LoadAsync()
    {
        _loadedId = Id;
        _detail = await Queries.GetAsync(Id, _lifetime.Token);
        _now = Time.GetUtcNow();
    }

    protected override bool IsRelevant(LiveEvent liveEvent) => liveEvent.ChargePointId == Id;

    protected override bool Apply(LiveEvent liveEvent)
    {
        if (_detail is null || liveEvent.ChargePointId != _detail.Live.Id)
        {
            return false;
        }

        var wasRunning = liveEvent is SessionChanged s && _detail.Live.Sessions.Any(r => r.TransactionId == s.TransactionId);
        var changed = _detail.Live.Apply(liveEvent);
        switch (liveEvent)
        {
            case ConnectorStatusChanged:
                _historyRevision++;
                break;
            case SessionChanged session when wasRunning != (session.Status == SessionStatus.Active):
                _sessionsRevision++;
                break;
        }

        return changed;
    }

    private void OnClock()
    {
        if (_detail is null || _lifetime.IsCancellationRequested)
        {
            return;
        }

        _detail.Live.SeePresence(Presence.IsOnline(_detail.Live.Id), Presence.LastSeen(_detail.Live.Id));
        _now = Time.GetUtcNow();
        StateHasChanged();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _clock?.Dispose();
            _lifetime.Cancel();
            _lifetime.Dispose();
        }

        base.Dispose(disposing);
    }
}
