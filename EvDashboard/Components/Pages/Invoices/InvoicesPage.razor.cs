using EvDashboard.Core.Billing;
using EvDashboard.Core.Billing.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;

namespace EvDashboard.Components.Pages.Invoices;

/// <summary>The invoice list: filters (also from the query string), totals per currency of everything filtered, paging, CSV.</summary>
public sealed partial class InvoicesPage
{
    private static readonly InvoiceStatusFilter?[] Statuses = Enum.GetValues<InvoiceStatusFilter>().Cast<InvoiceStatusFilter?>().ToArray();

    private RadzenDataGrid<InvoiceRow> _grid = default!;
    private InvoicePage _page = new([], 0, []);
    private bool _loading;
    private InvoiceCriteria _criteria = new();
    private (int Skip, int Take) _paging = (0, InvoiceFilter.DefaultTake);
    private DateTime? _from;
    private DateTime? _to;
    private InvoiceKind? _kind;
    private InvoiceStatusFilter? _status;
    private string? _buyer;
    private string? _number;

    [SupplyParameterFromQuery(Name = "kind")]
    public string? KindQuery { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    public string? StatusQuery { get; set; }

    [Inject]
    private InvoiceQueries Queries { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    private static IEnumerable<object> Kinds => Enum.GetValues<InvoiceKind>().Select(k => new { Text = Billing.InvoiceText.Title(k), Value = (InvoiceKind?)k });

    private string ExportHref => InvoiceExportEndpoints.CsvPath + _criteria.ToQueryString();

    protected override async Task OnInitializedAsync()
    {
        _kind = Enum.TryParse<InvoiceKind>(KindQuery, ignoreCase: true, out var kind) ? kind : null;
        _status = Enum.TryParse<InvoiceStatusFilter>(StatusQuery, ignoreCase: true, out var status) ? status : null;
        _from = DateOnly.TryParseExact(FromQuery, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var from) ? from.ToDateTime(TimeOnly.MinValue) : null;
        _criteria = Criteria();
        await FetchAsync();
    }

    private Task LoadPageAsync(LoadDataArgs args)
    {
        _paging = (args.Skip ?? 0, args.Top ?? InvoiceFilter.DefaultTake);
        return FetchAsync();
    }

    private async Task FetchAsync()
    {
        _loading = true;
        _page = await Queries.ListAsync(_criteria.ToFilter(_paging.Skip, _paging.Take), CancellationToken.None);
        _loading = false;
    }

    private async Task ApplyAsync()
    {
        _criteria = Criteria();
        _paging = (0, _paging.Take);
        await _grid.FirstPage(forceReload: true);
    }

    private async Task ClearAsync()
    {
        (_from, _to, _kind, _status, _buyer, _number) = (null, null, null, null, null, null);
        await ApplyAsync();
    }

    private async Task ReloadAsync()
    {
        await FetchAsync();
        StateHasChanged();
    }

    private InvoiceCriteria Criteria() => new(
        _from is { } from ? DateOnly.FromDateTime(from) : null, _to is { } to ? DateOnly.FromDateTime(to) : null, _kind, _status,
        string.IsNullOrWhiteSpace(_buyer) ? null : _buyer.Trim(), string.IsNullOrWhiteSpace(_number) ? null : _number.Trim());
}
