using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace EvDashboard.Components.Pages.Alerts;

/// <summary>One rule's settings and per-charge-point exclusions, saved together; a refused value shows its reason and stores nothing.</summary>
public sealed partial class AlertRuleEditor
{
    private static readonly AlertSeverity[] Severities = Enum.GetValues<AlertSeverity>();

    private AlertRuleView? _shown;
    private string? _message;
    private bool _failed;
    private bool _busy;

    [Parameter, EditorRequired] public AlertRuleView Rule { get; set; } = default!;

    [Parameter, EditorRequired] public IReadOnlyList<string> ChargePoints { get; set; } = [];

    /// <summary>Called after a save or reset with the rule as stored now.</summary>
    [Parameter] public EventCallback<AlertRuleView> OnChanged { get; set; }

    [Inject] private AlertAdministration Administration { get; set; } = default!;
    [Inject] private AlertRuleQueries Queries { get; set; } = default!;
    [Inject] private OperatorGate Gate { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    private AlertRuleForm Form { get; set; } = new();

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_shown, Rule))
        {
            _shown = Rule;
            Form = AlertRuleForm.From(Rule);
        }
    }

    private async Task SaveAsync()
    {
        if (Form.ToChange(out var error) is not { } change)
        {
            Show(error, failed: true);
            return;
        }

        await RunAsync(async actor =>
        {
            var result = await Administration.ChangeRuleAsync(Rule.Key, change, actor, CancellationToken.None);
            if (!result.Succeeded)
            {
                return result;
            }

            var wanted = Form.Excluded.ToHashSet(StringComparer.Ordinal);
            foreach (var chargePointId in wanted.Except(Rule.ExcludedChargePoints).Concat(Rule.ExcludedChargePoints.Except(wanted)))
            {
                var exclusion = await Administration.SetExclusionAsync(Rule.Key, chargePointId, wanted.Contains(chargePointId), actor, CancellationToken.None);
                if (!exclusion.Succeeded)
                {
                    return exclusion;
                }
            }

            return result;
        });
    }

    private Task ResetAsync() => RunAsync(actor => Administration.ResetRuleAsync(Rule.Key, actor, CancellationToken.None));

    private async Task RunAsync(Func<Core.Audit.Actor, Task<AlertChangeResult>> change)
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Administer) is not { } actor)
        {
            Show("Only an administrator can change alert rules.", failed: true);
            return;
        }

        _busy = true;
        var result = await change(actor);
        _busy = false;
        Show(result.Message, failed: !result.Succeeded);
        if (result.Succeeded && await Queries.GetAsync(Rule.Key, CancellationToken.None) is { } stored)
        {
            await OnChanged.InvokeAsync(stored);
        }
    }

    private void Show(string? message, bool failed) => (_message, _failed) = (message, failed);
}
