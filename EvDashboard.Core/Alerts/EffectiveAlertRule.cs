namespace EvDashboard.Core.Alerts;

/// <summary>A rule as it runs now: the catalogue's definition with the operator's settings and per-charge-point exclusions.</summary>
public sealed record EffectiveAlertRule(
    AlertRuleDefinition Definition,
    bool Enabled,
    AlertSeverity Severity,
    int DebounceSeconds,
    int? Threshold,
    AlertChannels Channels,
    IReadOnlyList<string> EmailRecipients,
    bool NotifyDriver,
    QuietHours? QuietHours,
    IReadOnlySet<string> ExcludedChargePoints)
{
    public string Key => Definition.Key;

    public TimeSpan Debounce => TimeSpan.FromSeconds(DebounceSeconds);

    /// <summary>Whether the rule watches this charge point (null: a subject without one, e.g. an invoice).</summary>
    public bool AppliesTo(string? chargePointId) => Enabled && (chargePointId is null || !ExcludedChargePoints.Contains(chargePointId));

    public static EffectiveAlertRule From(AlertRuleDefinition definition, AlertRuleSetting? setting, IReadOnlySet<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return setting is null
            ? new(definition, true, definition.Severity, definition.DebounceSeconds, definition.Threshold, definition.Channels, [], false, null, excluded)
            : new(definition, setting.Enabled, setting.Severity, setting.DebounceSeconds, setting.Threshold, setting.Channels,
                AlertRecipients.Parse(setting.EmailRecipients), setting.NotifyDriver && definition.CanNotifyDriver, setting.QuietHours, excluded);
    }
}
