using System.ComponentModel;
using EvDashboard.Core.Alerts.Queries;

namespace EvDashboard.Api;

/// <summary>A charge point's automation switches and the alert rules switched off for it.</summary>
internal sealed record ChargePointAutomationResponse(
    string ChargePointId,
    bool Playbooks,
    bool Continuation,
    [property: Description("Keys of the alert rules that do not watch this charge point.")] IReadOnlyList<string> ExcludedRules)
{
    public static ChargePointAutomationResponse From(ChargePointAutomation automation)
    {
        ArgumentNullException.ThrowIfNull(automation);
        return new(automation.ChargePointId, automation.Playbooks, automation.Continuation, automation.ExcludedRules);
    }
}
