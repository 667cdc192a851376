using EvDashboard.Components.Shared;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>
/// One session: facts, curves, the connector's status timeline and every sample. While it runs, each
/// SessionChanged for it updates the facts at once and reads the samples stored since the last one
/// (chart and table) and its cost; a ConnectorStatusChanged for its connector re-reads the timeline.
/// </summary>
public sealed partial class SessionDetailPage
{
    private readonly CancellationTokenSource _lifetime = new();
    private SessionView? _session;
    private SessionCurve? _curve;
    private IReadOnlyList<StatusChangeView> _statuses = [];
    private SessionSampleTable? _samples;
    private SessionCostCard? _cost;
    private SessionChainPanel? _chain;
    private bool _reading;
    private bool _readAgain;

    [Parameter]
    public int TransactionId { get; set; }

    [Inject]
    private SessionTimelineQueries Queries { get; set; } = default!;

    [Inject]
    private ILogger<SessionDetailPage> Logger { get; set; } = default!;

    protected override TimeSpan RenderInterval => TimeSpan.FromMilliseconds(500);

    protected override async Task LoadAsync()
    {
        _session = await Queries.GetAsync(TransactionId, _lifetime.Token);
        if (_session is null)
        {
            return;
        }

        _curve = new SessionCurve(_session.MeterStartWh);
        _curve.Add(await Queries.CurveSamplesAsync(TransactionId, 0, _lifetime.Token));
        _statuses = await Queries.StatusTimelineAsync(_session, _lifetime.Token);
    }

    protected override bool IsRelevant(LiveEvent liveEvent) => liveEvent switch
    {
        SessionChanged s => s.TransactionId == TransactionId,
        ConnectorStatusChanged c => _session is { } session && c.ChargePointId == session.ChargePointId && c.ConnectorId == session.ConnectorId,
        _ => false,
    };

    protected override bool Apply(LiveEvent liveEvent)
    {
        if (_session is null)
        {
            return false;
        }

        if (liveEvent is SessionChanged changed)
        {
            _session = _session with { Status = changed.Status, EnergyWh = changed.EnergyWh, LastPowerW = changed.PowerW, LastSocPercent = changed.SocPercent };
        }

        _ = ReadNewAsync();
        return true;
    }

    /// <summary>One read at a time; events during a read ask for one more.</summary>
    private async Task ReadNewAsync()
    {
        if (_reading)
        {
            _readAgain = true;
            return;
        }

        _reading = true;
        try
        {
            do
            {
                _readAgain = false;
                await ReadOnceAsync(_lifetime.Token);
            }
            while (_readAgain);
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
    }

    private async Task ReadOnceAsync(CancellationToken cancellationToken)
    {
        if (await Queries.GetAsync(TransactionId, cancellationToken) is not { } session || _curve is null)
        {
            return;
        }

        _session = session;
        _curve.Add(await Queries.CurveSamplesAsync(TransactionId, _curve.LastSampleId, cancellationToken));
        _statuses = await Queries.StatusTimelineAsync(session, cancellationToken);
        if (_samples is not null)
        {
            await _samples.RefreshAsync(cancellationToken);
        }

        if (_cost is not null)
        {
            await _cost.RefreshAsync(cancellationToken);
        }

        if (_chain is not null)
        {
            await _chain.RefreshAsync(cancellationToken);
        }

        StateHasChanged();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lifetime.Cancel();
            _lifetime.Dispose();
        }

        base.Dispose(disposing);
    }
}
