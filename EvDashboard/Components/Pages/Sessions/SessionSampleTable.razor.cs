using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>Every meter sample of a session, a page at a time from the database.</summary>
public sealed partial class SessionSampleTable : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private IReadOnlyList<MeterSampleView> _rows = [];
    private int _count;
    private bool _loading;
    private bool _newestFirst = true;
    private int _skip;
    private int _take = 20;

    [Inject]
    private SessionTimelineQueries Queries { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public int TransactionId { get; set; }

    // The grid asks for data on paging and sorting only once it has some: the first page is read here (also while prerendering).
    protected override Task OnInitializedAsync() => RefreshAsync(_lifetime.Token);

    /// <summary>Re-reads the count and the page on screen (new samples arrived).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        _count = await Queries.CountSamplesAsync(TransactionId, cancellationToken);
        _rows = await Queries.SamplesAsync(TransactionId, _skip, _take, _newestFirst, cancellationToken);
        StateHasChanged();
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        _loading = true;
        try
        {
            _newestFirst = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null)?.SortOrder != SortOrder.Ascending;
            _skip = args.Skip ?? 0;
            _take = Math.Clamp(args.Top ?? 20, 1, SessionTimelineQueries.MaxPageSize);
            _count = await Queries.CountSamplesAsync(TransactionId, _lifetime.Token);
            _rows = await Queries.SamplesAsync(TransactionId, _skip, _take, _newestFirst, _lifetime.Token);
        }
        finally
        {
            _loading = false;
        }
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
