using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace EvDashboard.Components.Pages.Alerts;

/// <summary>A charge point's self-healing and continuation switches and its alert-rule exclusions; operators change them, everyone sees them.</summary>
public sealed partial class ChargePointAutomationPanel
{
    private static readonly IReadOnlyList<AlertRuleDefinition> Rules = AlertRuleCatalog.All;

    private ChargePointAutomation? _automation;
    private bool _canOperate;
    private bool _busy;
    private string? _message;

    [Parameter, EditorRequired] public string ChargePointId { get; set; } = string.Empty;

    [Inject] private AlertRuleQueries Queries { get; set; } = default!;
    [Inject] private AlertAdministration Administration { get; set; } = default!;
    [Inject] private OperatorGate Gate { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _canOperate = await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Operate) is not null;
        _automation = await Queries.AutomationAsync(ChargePointId, CancellationToken.None);
    }

    private Task SaveAsync(bool playbooks, bool continuation) =>
        RunAsync(actor => Administration.ConfigureAutomationAsync(ChargePointId, playbooks, continuation, actor, CancellationToken.None));

    private Task ExcludeAsync(IEnumerable<string>? chosen) => RunAsync(async actor =>
    {
        var wanted = (chosen ?? []).ToHashSet(StringComparer.Ordinal);
        var current = _automation!.ExcludedRules;
        var last = AlertChangeResult.Changed("No change.");
        foreach (var key in wanted.Except(current).Concat(current.Except(wanted)))
        {
            last = await Administration.SetExclusionAsync(key, ChargePointId, wanted.Contains(key), actor, CancellationToken.None);
            if (!last.Succeeded)
            {
                break;
            }
        }

        return last;
    });

    private async Task RunAsync(Func<Core.Audit.Actor, Task<AlertChangeResult>> change)
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Operate) is not { } actor)
        {
            _message = "Changing automation needs the Operator or Admin role.";
            return;
        }

        _busy = true;
        var result = await change(actor);
        _message = result.Message;
        _automation = await Queries.AutomationAsync(ChargePointId, CancellationToken.None);
        _busy = false;
    }
}
