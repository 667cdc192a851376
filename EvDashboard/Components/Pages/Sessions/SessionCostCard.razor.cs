using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>
/// A session's cost: the final one once it is fixed, else the running one. The page asks for a re-read on each
/// change of the session; while the cost is not final it is also re-read every <see cref="Refresh"/>, because
/// charging-time and idle fees grow without any meter sample.
/// </summary>
public sealed partial class SessionCostCard : IDisposable
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _lifetime = new();
    private SessionCost? _cost;
    private bool _loaded;
    private bool _reading;
    private ITimer? _ticker;

    [Inject]
    private ISessionCosts Costs { get; set; } = default!;

    [Inject]
    private TimeProvider TimeSource { get; set; } = default!;

    [Inject]
    private ILogger<SessionCostCard> Logger { get; set; } = default!;

    [Parameter, EditorRequired]
    public int TransactionId { get; set; }

    /// <summary>Whether the session still runs (an unpriced running session is not re-read on the timer).</summary>
    [Parameter]
    public bool Running { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _cost = await Costs.GetAsync(TransactionId, _lifetime.Token);
        _loaded = true;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // Interactive only (not while prerendering).
            _ticker = TimeSource.CreateTimer(_ => _ = InvokeAsync(TickAsync), null, Refresh, Refresh);
        }
    }

    /// <summary>Re-reads the cost (the session changed); one read at a time.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (_reading)
        {
            return;
        }

        _reading = true;
        try
        {
            _cost = await Costs.GetAsync(TransactionId, cancellationToken);
            _loaded = true;
            StateHasChanged();
        }
        finally
        {
            _reading = false;
        }
    }

    private async Task TickAsync()
    {
        if (_cost is { IsFinal: true } || (_cost is null && !Running))
        {
            return;
        }

        try
        {
            await RefreshAsync(_lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The page was closed.
        }
        catch (Exception ex)
        {
            SessionPagesLog.RefreshFailed(Logger, ex);
        }
    }

    public void Dispose()
    {
        _ticker?.Dispose();
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
