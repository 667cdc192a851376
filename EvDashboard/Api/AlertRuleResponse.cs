using System.ComponentModel;
using System.Globalization;
using EvDashboard.Core.Alerts.Queries;

namespace EvDashboard.Api;

/// <summary>One rule in GET /api/alert-rules: what it watches, its settings in force and the charge points it is off for.</summary>
internal sealed record AlertRuleResponse(
    string Key,
    string Title,
    string Description,
    [property: Description("A notice reports an event and is born resolved; other rules fire after the debounce and resolve when the condition clears.")] bool IsNotice,
    bool CanNotifyDriver,
    [property: Description("minutes, seconds or days; null when the rule has no threshold.")] string? ThresholdUnit,
    [property: Description("False while the rule runs on the defaults.")] bool Customised,
    bool Enabled,
    string Severity,
    int DebounceSeconds,
    int? Threshold,
    [property: Description("inapp, email and/or webhook.")] IReadOnlyList<string> Channels,
    [property: Description("Comma-separated; null means the configured operator addresses.")] string? EmailRecipients,
    bool NotifyDriver,
    [property: Description("Site-local HH:mm when e-mails and webhooks start waiting; null for none.")] string? QuietStart,
    [property: Description("Site-local HH:mm when they go out again.")] string? QuietEnd,
    IReadOnlyList<string> ExcludedChargePoints,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy)
{
    public static AlertRuleResponse From(AlertRuleView rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var d = rule.Definition;
        return new(d.Key, d.Title, d.Description, d.IsNotice, d.CanNotifyDriver, d.ThresholdUnit, rule.Customised, rule.Enabled,
            AlertApiWords.Word(rule.Severity), rule.DebounceSeconds, rule.Threshold, AlertApiWords.ChannelWords(rule.Channels), rule.EmailRecipients,
            rule.NotifyDriver, Clock(rule.QuietHours?.StartMinute), Clock(rule.QuietHours?.EndMinute), rule.ExcludedChargePoints, rule.UpdatedAt, rule.UpdatedBy);
    }

    internal static string? Clock(int? minute) =>
        minute is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m / 60:00}:{m % 60:00}") : null;
}
