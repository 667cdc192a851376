using System.Globalization;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Reports.Jobs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace EvDashboard.Components.Pages.Reports;

public sealed partial class ReportExportMenu : IDisposable
{
    /// <summary>How often the progress is redrawn while the export runs (the job itself never waits for the page).</summary>
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(300);

    private readonly CancellationTokenSource _lifetime = new();

    private ExportJob? _job;

    private ReportRequest? _jobRequest;

    private string? _owner;

    private string? _message;

    [Parameter, EditorRequired]
    public ReportRequest Request { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    [Inject]
    private SessionRangeExport SessionExport { get; set; } = default!;

    [Inject]
    private ExportJobs Jobs { get; set; } = default!;

    protected override void OnParametersSet()
    {
        // A finished export of another range is no longer what the page shows; a running one stays until it ends.
        if (_job is { State: not ExportJobState.Running } && _jobRequest != Request)
        {
            _job = null;
        }
    }

    /// <summary>Starts the export and redraws its progress until it ends (the circuit stays responsive: this only awaits).</summary>
    private async Task StartSessionsAsync()
    {
        _message = null;
        _owner = AuthenticationStateTask is null ? null : ExportOwner.Of((await AuthenticationStateTask).User);
        if (_owner is null)
        {
            _message = "Sign in again to export sessions.";
            return;
        }

        var job = SessionExport.Start(Request, _owner);
        (_job, _jobRequest) = (job, Request);
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (job.State == ExportJobState.Running && await timer.WaitForNextTickAsync(_lifetime.Token))
            {
                StateHasChanged();
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The page was left; the export carries on and its file is kept for an hour.
        }
    }

    private void Cancel()
    {
        if (_job is { } job)
        {
            Jobs.Cancel(job.Id, _owner);
        }
    }

    private static string ProgressText(ExportJob job) => job.Total == 0 && job.Written == 0
        ? "Counting sessions…"
        : string.Create(CultureInfo.InvariantCulture, $"{Rows(job.Written)} of {Rows(job.Total)} sessions ({job.Percent} %)");

    private static string Rows(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
