namespace EvDashboard.Core.Alerts;

/// <summary>
/// A rule as the product ships it: what it watches and its defaults. Operators override the defaults per rule
/// (<see cref="AlertRuleSetting"/>); <see cref="EffectiveAlertRule"/> is the two merged.
/// </summary>
/// <param name="IsNotice">
/// A notice reports an event (a session completed): it is stored already resolved and sends no resolved notice.
/// Every other rule is a condition that fires once after its debounce and resolves when the condition clears.
/// </param>
/// <param name="Threshold">The rule's N (minutes, seconds, percent or days, see <paramref name="ThresholdUnit"/>); null when it has none.</param>
/// <param name="CanNotifyDriver">Whether the rule can also go to the driver who owns the session's idTag (opt-in per idTag).</param>
public sealed record AlertRuleDefinition(
    string Key,
    string Title,
    string Description,
    AlertSeverity Severity,
    int DebounceSeconds,
    int? Threshold,
    string? ThresholdUnit,
    bool IsNotice,
    bool CanNotifyDriver,
    AlertChannels Channels);
