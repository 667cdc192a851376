using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Common;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Estimation;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>
/// Running sessions, live: SessionChanged events update a row's energy, power and SoC at once; new sessions
/// appear, ended ones leave. Elapsed times tick every second, and estimates of rows that changed are
/// re-read every <see cref="EstimateRefresh"/> (an SoC trend moves slowly). Running costs are re-read with the
/// ticks that render, at most once a second (<see cref="RunningCosts"/>).
/// </summary>
public sealed partial class ActiveSessions
{
    private static readonly TimeSpan EstimateRefresh = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _lifetime = new();
    private readonly HashSet<int> _stopping = [];
    private readonly HashSet<int> _changed = [];
    private readonly HashSet<int> _toRead = [];
    private readonly HashSet<int> _ended = [];
    private List<ActiveSessionView> _rows = [];
    private DateTimeOffset _now;
    private DateTimeOffset _lastEstimateRefresh;
    private ITimer? _ticker;
    private long _ticks;
    private bool _reading;
    private RunningCosts? _costs;

    [Inject]
    private ActiveSessionQueries Queries { get; set; } = default!;

    [Inject]
    private ISessionCosts SessionCosts { get; set; } = default!;

    [Inject]
    private SessionStopCommand StopCommand { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Inject]
    private TimeProvider TimeSource { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private ILogger<ActiveSessions> Logger { get; set; } = default!;

    /// <summary>The running costs of the rows on the page, summed per currency.</summary>
    private string RunningTotal =>
        Money.Totals(_rows.Select(r => Running.For(r.TransactionId)).OfType<SessionCost>().Select(c => (c.Breakdown.Currency, c.Breakdown.TotalMinor)));

    private RunningCosts Running => _costs ??= new RunningCosts(SessionCosts, TimeSource, Logger);

    protected override async Task LoadAsync()
    {
        _now = Clock.UtcNow;
        _rows = [.. await Queries.ListAsync(null, _lifetime.Token)];
        _lastEstimateRefresh = _now;
        await Running.RefreshAsync(VisibleIds(), _lifetime.Token);
    }

    private List<int> VisibleIds() => _rows.ConvertAll(r => r.TransactionId);

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // Interactive only (not while prerendering): elapsed times tick without any event.
            _ticker = TimeSource.CreateTimer(_ => _ = InvokeAsync(TickAsync), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }
    }

    protected override bool IsRelevant(LiveEvent liveEvent) => liveEvent is SessionChanged;

    protected override bool Apply(LiveEvent liveEvent)
    {
        if (liveEvent is not SessionChanged changed)
        {
            return false;
        }

        var index = _rows.FindIndex(r => r.TransactionId == changed.TransactionId);
        if (changed.Status != SessionStatus.Active)
        {
            RememberEnded(changed.TransactionId);
            return index >= 0 && Remove(index);
        }

        if (index >= 0)
        {
            _rows[index] = _rows[index] with { EnergyWh = changed.EnergyWh, PowerW = changed.PowerW, SocPercent = changed.SocPercent };
            _changed.Add(changed.TransactionId);
            return true;
        }

        if (_ended.Contains(changed.TransactionId))
        {
            return false;
        }

        // A new session: show it at once from the event, then read its start and estimate.
        _rows.Insert(0, new ActiveSessionView(
            changed.TransactionId, changed.ChargePointId, changed.ConnectorId, changed.IdTag, changed.At,
            changed.EnergyWh, changed.PowerW, changed.SocPercent, null, EndTimeEstimate.None));
        _toRead.Add(changed.TransactionId);
        _ = ReadRowsAsync();
        return true;
    }

    private void RememberEnded(int transactionId)
    {
        // Only guards reads in flight; a bounded memory is enough on a page that stays open for days.
        if (_ended.Count >= 10_000)
        {
            _ended.Clear();
        }

        _ended.Add(transactionId);
    }

    private bool Remove(int index)
    {
        _rows.RemoveAt(index);
        return true;
    }

    private async Task TickAsync()
    {
        _now = Clock.UtcNow;
        if (_now - _lastEstimateRefresh >= EstimateRefresh && _changed.Count > 0)
        {
            _lastEstimateRefresh = _now;
            _toRead.UnionWith(_changed);
            _changed.Clear();
            await ReadRowsAsync();
        }

        // A long list ticks every 5 s: a second-by-second diff of hundreds of rows costs more than it tells.
        if (_rows.Count <= 100 || ++_ticks % 5 == 0)
        {
            await Running.RefreshAsync(VisibleIds(), _lifetime.Token);
            StateHasChanged();
        }
    }

    /// <summary>Re-reads the rows in <see cref="_toRead"/> (one read at a time); rows that ended meanwhile stay gone.</summary>
    private async Task ReadRowsAsync()
    {
        if (_reading || _toRead.Count == 0)
        {
            return;
        }

        _reading = true;
        try
        {
            var ids = _toRead.ToList();
            _toRead.Clear();
            var fresh = await Queries.ListAsync(ids, _lifetime.Token);
            _rows = ActiveSessionMerge.Merge(_rows, ids, fresh, _ended);
            StateHasChanged();
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The page was closed.
        }
        catch (Exception ex)
        {
            SessionPagesLog.RefreshFailed(Logger, ex);
        }
        finally
        {
            _reading = false;
        }

        if (_toRead.Count > 0)
        {
            await ReadRowsAsync();
        }
    }

    private async Task StopAsync(ActiveSessionView row)
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Operate) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Your role cannot stop sessions.");
            return;
        }

        var confirmed = await Dialogs.Confirm(
            $"Stop session #{row.TransactionId} on {row.ChargePointId}, connector {row.ConnectorId} (tag {IdTagMask.Mask(row.IdTag)})? Charging ends for this driver.",
            "Stop charging?",
            new ConfirmOptions { OkButtonText = "Stop charging", CancelButtonText = "Keep charging" });
        if (confirmed != true)
        {
            return;
        }

        _stopping.Add(row.TransactionId);
        StateHasChanged();
        try
        {
            var feedback = await StopCommand.StopAsync(row.ChargePointId, row.TransactionId, actor, _lifetime.Token);
            Notifications.Notify(new NotificationMessage { Severity = feedback.Severity, Summary = feedback.Summary, Detail = feedback.Detail, Duration = 10_000 });
        }
        finally
        {
            _stopping.Remove(row.TransactionId);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ticker?.Dispose();
            _lifetime.Cancel();
            _lifetime.Dispose();
        }

        base.Dispose(disposing);
    }
}
