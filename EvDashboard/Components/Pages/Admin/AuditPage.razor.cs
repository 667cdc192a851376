using EvDashboard.Core.Audit;
using EvDashboard.Core.Audit.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;

namespace EvDashboard.Components.Pages.Admin;

/// <summary>The audit log, newest first, filtered and paged on the server; the CSV link exports the whole filtered set.</summary>
public sealed partial class AuditPage : IDisposable
{
    private const int PageSize = 50;

    private static readonly AuditResult?[] Results = [.. Enum.GetValues<AuditResult>().Select(r => (AuditResult?)r)];

    private readonly CancellationTokenSource _lifetime = new();
    private RadzenDataGrid<AuditRow>? _grid;
    private AuditCriteria _criteria = new();
    private IReadOnlyList<AuditRow> _rows = [];
    private int _count;
    private bool _loading;
    private DateTime? _from;
    private DateTime? _to;
    private string? _actor;
    private string? _action;
    private string? _target;
    private AuditResult? _result;

    [Inject]
    private AuditQueries Queries { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    private string ExportHref => AuditExportEndpoints.Path + _criteria.ToQueryString();

    protected override Task OnInitializedAsync() => LoadAsync(0, PageSize);

    private Task ApplyAsync()
    {
        _criteria = new AuditCriteria
        {
            From = _from is { } from ? DateOnly.FromDateTime(from) : null,
            To = _to is { } to ? DateOnly.FromDateTime(to) : null,
            Actor = _actor,
            Action = _action,
            Target = _target,
            Result = _result,
        };
        return ReloadAsync();
    }

    private Task ClearAsync()
    {
        (_from, _to, _actor, _action, _target, _result) = (null, null, null, null, null, null);
        _criteria = new AuditCriteria();
        return ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        if (_grid is null)
        {
            await LoadAsync(0, PageSize);
        }
        else
        {
            await _grid.FirstPage(forceReload: true);
        }
    }

    private Task LoadPageAsync(LoadDataArgs args) => LoadAsync(args.Skip ?? 0, args.Top ?? PageSize);

    private async Task LoadAsync(int skip, int take)
    {
        _loading = true;
        try
        {
            var filter = _criteria.ToFilter(Clock);
            _count = await Queries.CountAsync(filter, _lifetime.Token);
            _rows = await Queries.PageAsync(filter, skip, take, _lifetime.Token);
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
