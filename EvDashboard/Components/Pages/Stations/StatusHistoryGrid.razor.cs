using EvDashboard.Components.Shared;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;

namespace EvDashboard.Components.Pages.Stations;

public sealed partial class StatusHistoryGrid : IDisposable
{
    private const int PageSize = 15;

    private readonly CancellationTokenSource _lifetime = new();
    private RadzenDataGrid<StatusHistoryEntry>? _grid;
    // Null until the first load: the grid asks for its first page itself when it has no data.
    private StatusHistoryPage? _page;
    private bool _loading;
    private int _loadedRevision;
    private int _skip;

    [Inject]
    private StationDetailQueries Queries { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public string ChargePointId { get; set; } = string.Empty;

    /// <summary>Bumped by the page on every live status change: the first page reloads to show it (other pages stay put).</summary>
    [Parameter]
    public int Revision { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (Revision != _loadedRevision && _skip == 0 && _grid is not null)
        {
            _loadedRevision = Revision;
            await _grid.Reload();
        }
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        _loading = true;
        _skip = args.Skip ?? 0;
        try
        {
            _page = await Queries.StatusHistoryAsync(ChargePointId, _skip, args.Top ?? PageSize, _lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The page was closed.
        }
        finally
        {
            _loading = false;
        }
    }

    private string Local(DateTimeOffset at) => Units.LocalTime(Clock.ToLocal(at), Clock.ToLocal(Clock.UtcNow));

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
