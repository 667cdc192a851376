using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Alerts;

/// <summary>A charge point's open alerts and its recent history, live, with acknowledge; the station detail page shows it in a tab.</summary>
public sealed partial class ChargePointAlertsPanel
{
    private const int ResolvedShown = 10;

    private ChargePointAlertHistory? _history;
    private DateTimeOffset _now;

    [Parameter, EditorRequired] public string ChargePointId { get; set; } = string.Empty;

    [Inject] private AlertQueries Queries { get; set; } = default!;
    [Inject] private AlertAdministration Administration { get; set; } = default!;
    [Inject] private OperatorGate Gate { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private SiteClock Clock { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    protected override async Task LoadAsync()
    {
        _now = Clock.UtcNow;
        _history = await Queries.HistoryAsync(ChargePointId, ResolvedShown, CancellationToken.None);
    }

    protected override bool IsRelevant(AlertChanged changed) => changed.ChargePointIdOrNull == ChargePointId;

    private async Task AcknowledgeAsync(AlertRow row)
    {
        var answer = await Dialogs.OpenAsync<AcknowledgeDialog>(
            $"Acknowledge: {row.RuleTitle}", new Dictionary<string, object?> { [nameof(AcknowledgeDialog.Row)] = row }, new DialogOptions { Width = "32rem" });
        if (answer is not AcknowledgeDialog.Answer given || await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Operate) is not { } actor)
        {
            return;
        }

        var result = await Administration.AcknowledgeAsync(row.Id, given.Note, actor, CancellationToken.None);
        Notifications.Notify(new NotificationMessage
        {
            Severity = result.Succeeded ? NotificationSeverity.Success : NotificationSeverity.Warning,
            Summary = result.Message,
        });
        await ReloadAsync();
    }
}
