using EvDashboard.Core.Live;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace EvDashboard.Components.Pages.Reports;

/// <summary>
/// What the three report pages share: the request lives in the address (a link or a reload reproduces the report), a bad
/// query shows the parser's message over the default report, and one query runs at a time — a newer address cancels it.
/// When the rollup worker publishes <see cref="RollupsUpdated"/> the report is read again in place (the old figures stay until then).
/// </summary>
public abstract class ReportPageBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private CancellationTokenSource? _running;
    private IDisposable? _subscription;

    /// <summary>Only to be told when the query string changes; the values are read with <see cref="ReportRequestParser"/>.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToQuery { get; set; }

    [SupplyParameterFromQuery(Name = "groupBy")]
    public string? GroupByQuery { get; set; }

    [SupplyParameterFromQuery(Name = "compare")]
    public string? CompareQuery { get; set; }

    [SupplyParameterFromQuery(Name = "chargePointId")]
    public string? ChargePointQuery { get; set; }

    protected abstract ReportKind Kind { get; }

    protected ReportRequest? Request { get; private set; }

    /// <summary>Why the address's query was refused; the page then shows the default report under this message.</summary>
    protected string? QueryError { get; private set; }

    protected ReportResult? Result { get; private set; }

    protected bool Loading { get; private set; }

    protected bool Failed { get; private set; }

    /// <summary>The site's local date: what "today" means for the default range and the presets.</summary>
    protected DateOnly Today => DateOnly.FromDateTime(Clock.ToLocal(Clock.UtcNow).DateTime);

    [Inject]
    protected IReportQueries Reports { get; set; } = default!;

    [Inject]
    protected SiteClock Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<ReportPageBase> Logger { get; set; } = default!;

    [Inject]
    private LiveFeed Feed { get; set; } = default!;

    public void Dispose()
    {
        _subscription?.Dispose();
        _running?.Cancel();
        _running?.Dispose();
        _lifetime.Cancel();
        _lifetime.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void OnInitialized() => _subscription = Feed.Subscribe(OnFeed);

    protected override async Task OnParametersSetAsync()
    {
        var request = ParseAddress();
        if (request == Request && !Failed)
        {
            return;
        }

        Request = request;
        await LoadAsync();
    }

    /// <summary>Reads what a page shows beside the report (rankings, heatmap); runs after the report, with the same cancellation.</summary>
    protected virtual Task LoadExtrasAsync(ReportRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs the report again (after a failure) or re-reads only the extras when <paramref name="extrasOnly"/>; with
    /// <paramref name="keepShown"/> the figures on screen stay until the new ones replace them (a live refresh, not a new question).
    /// </summary>
    protected async Task LoadAsync(bool extrasOnly = false, bool keepShown = false)
    {
        if (Request is not { } request)
        {
            return;
        }

        _running?.Cancel();
        _running?.Dispose();
        var running = _running = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        (Loading, Failed) = (true, false);
        try
        {
            if (!extrasOnly)
            {
                Result = keepShown ? Result : null;
                Result = await Reports.RunAsync(request, running.Token);
            }

            await LoadExtrasAsync(request, running.Token);
        }
        catch (OperationCanceledException) when (running.IsCancellationRequested)
        {
            // A newer address or the closed page took over; its own load decides what is shown.
        }
        catch (Exception ex)
        {
            Failed = true;
            ReportPagesLog.ReportFailed(Logger, ReportRequest.KindName(Kind), request.ToQuery(), ex);
        }
        finally
        {
            if (ReferenceEquals(running, _running))
            {
                Loading = false;
            }
        }
    }

    private void OnFeed(LiveEvent liveEvent)
    {
        if (liveEvent is not RollupsUpdated || _lifetime.IsCancellationRequested)
        {
            return;
        }

        _ = RefreshAsync();
    }

    /// <summary>Reads the report again in place; the circuit may be gone by then (LoadAsync logs its own failures).</summary>
    private async Task RefreshAsync()
    {
        try
        {
            await InvokeAsync(async () =>
            {
                if (Loading)
                {
                    return;
                }

                await LoadAsync(keepShown: true);
                StateHasChanged();
            });
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private ReportRequest ParseAddress()
    {
        var query = QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query);
        string? Value(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
        var parsed = ReportRequestParser.Parse(Kind, Value, Today);
        QueryError = parsed.Error;
        if (parsed.Request is { } request)
        {
            return request;
        }

        ReportPagesLog.QueryRefused(Logger, new Uri(Navigation.Uri).Query, parsed.Error!);
        return ReportRequestParser.Parse(Kind, _ => null, Today).Request!;
    }
}
