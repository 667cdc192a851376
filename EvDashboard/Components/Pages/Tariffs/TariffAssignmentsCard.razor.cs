using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;
using EvDashboard.Core.Tariffs.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Tariffs;

/// <summary>Where a tariff applies, with pickers to add a place (site, charge point, connector; optionally a group) and a remove button each.</summary>
public sealed partial class TariffAssignmentsCard
{
    private static readonly object[] Scopes =
    [
        new { Text = "The site", Value = TariffScope.Site },
        new { Text = "A charge point", Value = TariffScope.ChargePoint },
        new { Text = "A connector", Value = TariffScope.Connector },
    ];

    private IReadOnlyList<ChargePointChoice> _chargePoints = [];
    private IReadOnlyList<string> _groups = [];
    private TariffScope _scope = TariffScope.Site;
    private string? _chargePointId;
    private int? _connectorId;
    private string? _group;
    private TariffErrors? _errors;
    private bool _busy;

    [Inject]
    private TariffQueries Queries { get; set; } = default!;

    [Inject]
    private TariffAssignmentAdministration Administration { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    [Parameter, EditorRequired]
    public int TariffId { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyList<TariffAssignmentRow> Assignments { get; set; } = [];

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public bool IsArchived { get; set; }

    /// <summary>Raised after an assignment was added or removed, so the page reloads the tariff.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    private IEnumerable<int?> Connectors =>
        _chargePoints.FirstOrDefault(c => c.Id == _chargePointId)?.Connectors.Select(c => (int?)c) ?? [];

    protected override async Task OnInitializedAsync()
    {
        if (CanEdit)
        {
            _chargePoints = await Queries.ChargePointsAsync(CancellationToken.None);
            _groups = await Queries.IdTagGroupsAsync(CancellationToken.None);
        }
    }

    private static string Place(TariffAssignmentRow a) => new TariffTarget(a.Scope, a.ChargePointId, a.ConnectorId).Describe();

    private async Task AssignAsync()
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Manage) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Only a manager or an admin can assign tariffs.");
            return;
        }

        var target = new TariffTarget(_scope, _scope == TariffScope.Site ? null : _chargePointId, _scope == TariffScope.Connector ? _connectorId : null, _group);
        _busy = true;
        var result = await Administration.AssignAsync(TariffId, target, actor, CancellationToken.None);
        _busy = false;
        _errors = result.Errors;
        if (result.Succeeded)
        {
            Notifications.Notify(NotificationSeverity.Success, result.Status == TariffChangeStatus.Unchanged ? "Already assigned there" : "Assigned", target.Describe());
            await Changed.InvokeAsync();
        }
    }

    private async Task RemoveAsync(TariffAssignmentRow assignment)
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Manage) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Only a manager or an admin can remove assignments.");
            return;
        }

        _busy = true;
        await Administration.UnassignAsync(TariffId, assignment.Id, actor, CancellationToken.None);
        _busy = false;
        Notifications.Notify(NotificationSeverity.Success, "Assignment removed", Place(assignment));
        await Changed.InvokeAsync();
    }
}
