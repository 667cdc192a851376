namespace EvDashboard.Core.Alerts.Queries;

/// <summary>
/// A rule as the settings page and the API show it: the catalogue's definition, the settings in force (the operator's,
/// or the defaults when <paramref name="Customised"/> is false) and the charge points it is switched off for.
/// </summary>
public sealed record AlertRuleView(
    AlertRuleDefinition Definition,
    bool Customised,
    bool Enabled,
    AlertSeverity Severity,
    int DebounceSeconds,
    int? Threshold,
    AlertChannels Channels,
    string? EmailRecipients,
    bool NotifyDriver,
    QuietHours? QuietHours,
    IReadOnlyList<string> ExcludedChargePoints,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy)
{
    public string Key => Definition.Key;

    public static AlertRuleView From(AlertRuleDefinition definition, AlertRuleSetting? setting, IReadOnlyList<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return setting is null
            ? new(definition, false, true, definition.Severity, definition.DebounceSeconds, definition.Threshold, definition.Channels,
                null, false, null, excluded, null, null)
            : new(definition, true, setting.Enabled, setting.Severity, setting.DebounceSeconds, setting.Threshold, setting.Channels,
                setting.EmailRecipients, setting.NotifyDriver, setting.QuietHours, excluded, setting.UpdatedAt, setting.UpdatedBy);
    }
}
