using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Alerts;

/// <summary>
/// /alerts: open, acknowledged or resolved alerts, filtered by charge point, severity, rule and text, all in the address
/// (so a link like /alerts?severity=critical is a view). New and changed alerts appear without a reload; an operator
/// acknowledges with a note.
/// </summary>
public sealed partial class AlertsPage
{
    private const int PageSize = 25;
    private static readonly object[] SeverityChoices =
        [new { Text = "Critical", Value = "critical" }, new { Text = "Warning", Value = "warning" }, new { Text = "Info", Value = "info" }];

    private static readonly IReadOnlyList<AlertRuleDefinition> RuleChoices = AlertRuleCatalog.All;

    private readonly CancellationTokenSource _lifetime = new();
    private AlertPage? _page;
    private AlertFilter? _loadedFilter;
    private AlertCounts _counts = AlertCounts.None;
    private IReadOnlyList<string> _chargePoints = [];
    private DateTimeOffset _now;
    private bool _busy;

    [Inject] private AlertQueries Queries { get; set; } = default!;
    [Inject] private AlertRuleQueries Rules { get; set; } = default!;
    [Inject] private AlertAdministration Administration { get; set; } = default!;
    [Inject] private OperatorGate Gate { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private SiteClock Clock { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    /// <summary>open (the default), acknowledged, resolved or all.</summary>
    [SupplyParameterFromQuery(Name = "status")] public string? Status { get; set; }
    [SupplyParameterFromQuery(Name = "chargePointId")] public string? ChargePointId { get; set; }
    [SupplyParameterFromQuery(Name = "severity")] public string? Severity { get; set; }
    [SupplyParameterFromQuery(Name = "rule")] public string? Rule { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string? Text { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public int? PageParameter { get; set; }

    private string StatusWord => Status?.ToLowerInvariant() is "acknowledged" or "resolved" or "all" ? Status.ToLowerInvariant() : "open";

    private int PageNumber => Math.Max(1, PageParameter ?? 1);

    private int Skip => (PageNumber - 1) * PageSize;

    private (string Word, string Text, int? Count)[] Tabs =>
        [("open", "Open", _counts.Open), ("acknowledged", "Acknowledged", _counts.Acknowledged), ("resolved", "Resolved", null), ("all", "All", null)];

    private string EmptyTitle => StatusWord == "all" ? "No alerts" : $"No {StatusWord} alerts";

    private AlertFilter Filter => new(
        StatusWord switch { "open" => AlertStatus.Open, "acknowledged" => AlertStatus.Acknowledged, "resolved" => AlertStatus.Resolved, _ => null },
        ChargePointId,
        Enum.TryParse<AlertSeverity>(Severity, ignoreCase: true, out var severity) && Enum.IsDefined(severity) ? severity : null,
        Rule,
        Text: Text,
        Skip: Skip,
        Take: PageSize);

    protected override async Task LoadAsync()
    {
        _now = Clock.UtcNow;
        _loadedFilter = Filter;
        _page = await Queries.ListAsync(_loadedFilter, _lifetime.Token);
        _counts = await Queries.CountsAsync(_lifetime.Token);
        if (_chargePoints.Count == 0)
        {
            _chargePoints = await Rules.ChargePointIdsAsync(_lifetime.Token);
        }
    }

    /// <summary>A new address (another tab, filter or page) reuses the page: read again.</summary>
    protected override async Task OnParametersSetAsync()
    {
        if (IsLoaded && Filter != _loadedFilter)
        {
            await ReloadAsync();
        }
    }

    /// <summary>The address of another status tab, with the other filters kept.</summary>
    private string Link(string status)
    {
        var query = Query(page: null);
        query["status"] = status;
        return Navigation.GetUriWithQueryParameters("/alerts", query);
    }

    /// <summary>Changes one filter (a blank value clears it) and goes back to the first page.</summary>
    private void Go(string parameter, string? value)
    {
        var query = Query(page: null);
        query[parameter] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query));
    }

    private void GoToPage(int page) => Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(Query(page)));

    private Dictionary<string, object?> Query(int? page) => new()
    {
        ["status"] = StatusWord,
        ["chargePointId"] = ChargePointId,
        ["severity"] = Severity,
        ["rule"] = Rule,
        ["q"] = Text,
        ["page"] = page is > 1 ? page : null,
    };

    private async Task AcknowledgeAsync(AlertRow row)
    {
        var note = await Dialogs.OpenAsync<AcknowledgeDialog>(
            $"Acknowledge: {row.RuleTitle}", new Dictionary<string, object?> { [nameof(AcknowledgeDialog.Row)] = row }, new DialogOptions { Width = "32rem" });
        if (note is not AcknowledgeDialog.Answer answer || await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Operate) is not { } actor)
        {
            return;
        }

        _busy = true;
        var result = await Administration.AcknowledgeAsync(row.Id, answer.Note, actor, _lifetime.Token);
        _busy = false;
        Notifications.Notify(new NotificationMessage
        {
            Severity = result.Succeeded ? NotificationSeverity.Success : NotificationSeverity.Warning,
            Summary = result.Message,
        });
        await ReloadAsync();
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
