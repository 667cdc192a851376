using System.Globalization;
using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace EvDashboard.Components.Pages.Invoices;

/// <summary>Starts an invoice run for a period (last month by default) and shows its progress live; cancellable.</summary>
public sealed partial class InvoiceRunPage
{
    private CancellationTokenSource? _running;
    private DateTime? _from;
    private DateTime? _to;
    private StatementTarget _target = StatementTarget.Tag;
    private InvoiceRunProgress? _progress;
    private InvoiceRunResult? _result;
    private string? _error;
    private string _ranFor = string.Empty;
    private DateOnly _startedOn;

    [Inject]
    private InvoiceRun Run { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    private bool IsRunning => _running is not null;

    private string StatementsHref => string.Create(CultureInfo.InvariantCulture, $"/invoices?kind=statement&from={_startedOn:yyyy-MM-dd}");

    protected override void OnInitialized()
    {
        var today = DateOnly.FromDateTime(Clock.ToLocal(Clock.UtcNow).DateTime);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        _from = thisMonth.AddMonths(-1).ToDateTime(TimeOnly.MinValue);
        _to = thisMonth.AddDays(-1).ToDateTime(TimeOnly.MinValue);
    }

    private async Task StartAsync()
    {
        _error = _from is null || _to is null ? "Choose the first and the last day." : _to < _from ? "The last day is before the first." : null;
        if (_error is not null)
        {
            return;
        }

        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Manage) is not { } actor)
        {
            _error = "Only a Manager or Admin starts an invoice run.";
            return;
        }

        // The page asks for the last day; the run takes [from, to) with to exclusive.
        var request = new InvoiceRunRequest(DateOnly.FromDateTime(_from!.Value), DateOnly.FromDateTime(_to!.Value).AddDays(1), _target);
        (_result, _progress, _ranFor) = (null, null, $"{request.From:yyyy-MM-dd} – {_to:yyyy-MM-dd} per {_target.ToString().ToLowerInvariant()}");
        _startedOn = DateOnly.FromDateTime(Clock.ToLocal(Clock.UtcNow).DateTime);
        _running = new CancellationTokenSource();
        var progress = new Progress<InvoiceRunProgress>(p => _ = InvokeAsync(() =>
        {
            _progress = p;
            StateHasChanged();
        }));
        try
        {
            _result = await Task.Run(() => Run.RunAsync(request, actor, progress, _running.Token));
        }
        finally
        {
            _running.Dispose();
            _running = null;
        }
    }

    private void Cancel() => _running?.Cancel();

    private static double Percent(InvoiceRunProgress progress) => progress.Total == 0 ? 100 : Math.Round(100.0 * progress.Done / progress.Total);

    public void Dispose()
    {
        _running?.Cancel();
    }
}
