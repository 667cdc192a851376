using System.Globalization;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Radzen;
using Radzen.Blazor;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>
/// Every session, filtered and paged on the server; the totals row sums the whole filtered set. The filters live in
/// the address (bookmarkable, and the CSV link carries the same query), so a filter change is a navigation.
/// Costs are read for the page on screen; the totals row sums the final costs of the whole set per currency.
/// </summary>
public sealed partial class SessionHistory : IDisposable
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private readonly CancellationTokenSource _lifetime = new();
    private RadzenDataGrid<SessionHistoryRow>? _grid;
    private SessionHistoryCriteria _criteria = new();
    private SessionHistoryFilter? _totalsFilter;
    private SessionHistoryTotals _totals = SessionHistoryTotals.Zero;
    private IReadOnlyList<SessionHistoryRow> _rows = [];
    private IReadOnlyDictionary<int, SessionCost> _costs = new Dictionary<int, SessionCost>();
    private IReadOnlyList<SessionCostTotal> _costTotals = [];
    private IReadOnlyList<string> _stations = [];
    private bool _loading;

    [Inject]
    private SessionHistoryQueries Queries { get; set; } = default!;

    [Inject]
    private ISessionCosts Costs { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Only to be told when the query string changes; the values are read with <see cref="SessionHistoryCriteria.Parse"/>.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToQuery { get; set; }

    [SupplyParameterFromQuery(Name = "station")]
    public string? StationQuery { get; set; }

    [SupplyParameterFromQuery(Name = "tag")]
    public string? TagQuery { get; set; }

    [SupplyParameterFromQuery(Name = "match")]
    public string? MatchQuery { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    public string? StatusQuery { get; set; }

    protected override async Task OnInitializedAsync() => _stations = await Queries.ChargePointIdsAsync(_lifetime.Token);

    protected override async Task OnParametersSetAsync()
    {
        var parsed = SessionHistoryCriteria.Parse(QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query));
        var firstLoad = _totalsFilter is null;
        var criteria = firstLoad ? parsed : parsed with { Sort = _criteria.Sort };
        if (!firstLoad && criteria == _criteria)
        {
            return;
        }

        _criteria = criteria;
        if (_grid is null)
        {
            // The grid only asks for data on paging and sorting once it has some; the first page is read here (also while prerendering).
            await LoadAsync(0, PageSizes[0]);
        }
        else
        {
            await _grid.FirstPage(forceReload: true);
        }
    }

    private Task OnCriteriaChangedAsync(SessionHistoryCriteria criteria)
    {
        Navigation.NavigateTo("/sessions" + (criteria with { Sort = SessionHistorySort.Newest }).ToQueryString(), new NavigationOptions { ReplaceHistoryEntry = true });
        return Task.CompletedTask;
    }

    private async Task LoadPageAsync(LoadDataArgs args)
    {
        _criteria = _criteria with { Sort = SortOf(args.Sorts) };
        await LoadAsync(args.Skip ?? 0, args.Top ?? PageSizes[0]);
    }

    private async Task LoadAsync(int skip, int take)
    {
        _loading = true;
        try
        {
            var filter = _criteria.ToFilter(Clock);
            if (filter != _totalsFilter)
            {
                _totals = await Queries.TotalsAsync(filter, _lifetime.Token);
                _costTotals = await Queries.CostTotalsAsync(filter, _lifetime.Token);
                _totalsFilter = filter;
            }

            _rows = await Queries.PageAsync(filter, _criteria.Sort, skip, Math.Clamp(take, 1, SessionHistoryQueries.MaxPageSize), _lifetime.Token);
            _costs = await Costs.GetManyAsync(_rows.Select(r => r.TransactionId).ToList(), _lifetime.Token);
        }
        finally
        {
            _loading = false;
        }
    }

    private static SessionHistorySort SortOf(IEnumerable<SortDescriptor>? sorts)
    {
        var sort = sorts?.FirstOrDefault(s => s.SortOrder is not null);
        var by = sort?.Property switch
        {
            nameof(SessionHistoryRow.EndedAt) => SessionHistoryOrder.EndedAt,
            nameof(SessionHistoryRow.EnergyWh) => SessionHistoryOrder.Energy,
            nameof(SessionHistoryRow.Duration) => SessionHistoryOrder.Duration,
            nameof(SessionHistoryRow.StartedAt) => SessionHistoryOrder.StartedAt,
            _ => (SessionHistoryOrder?)null,
        };
        return by is { } order ? new SessionHistorySort(order, sort!.SortOrder == SortOrder.Descending) : SessionHistorySort.Newest;
    }

    private SortOrder? SortOrderOf(SessionHistoryOrder order) =>
        _criteria.Sort.By == order ? (_criteria.Sort.Descending ? SortOrder.Descending : SortOrder.Ascending) : null;

    private SessionCost? CostOf(SessionHistoryRow row) => _costs.TryGetValue(row.TransactionId, out var cost) ? cost : null;

    /// <summary>"21 Nov 14:05" this year, "21 Nov 2025 14:05" before.</summary>
    private string DateTimeText(DateTimeOffset at)
    {
        var local = Clock.ToLocal(at);
        var format = local.Year == Clock.ToLocal(Clock.UtcNow).Year ? "d MMM HH:mm" : "d MMM yyyy HH:mm";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>The end, or the interruption; a running session has none yet (its badge says so).</summary>
    private string EndText(SessionHistoryRow row) => row switch
    {
        { EndedAt: { } ended } => DateTimeText(ended),
        { InterruptedAt: { } at } => DateTimeText(at),
        _ => string.Empty,
    };

    /// <summary>Whole minutes: a history needs no seconds ("36 min", "3 h 15 min").</summary>
    private static string DurationText(TimeSpan span) =>
        span < TimeSpan.FromMinutes(1) ? $"{Math.Max(0, (int)span.TotalSeconds)} s"
        : span < TimeSpan.FromHours(1) ? $"{(int)span.TotalMinutes} min"
        : $"{(int)span.TotalHours} h {span.Minutes:00} min";

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
