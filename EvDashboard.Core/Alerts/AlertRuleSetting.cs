namespace EvDashboard.Core.Alerts;

/// <summary>
/// An operator's settings for one rule, replacing all of its defaults at once (a rule without a row runs on the
/// catalogue's defaults). Quiet hours are site-local minutes after midnight; a window may wrap past midnight.
/// </summary>
public sealed class AlertRuleSetting
{
    public const int MaxRecipientsLength = 500;

    private AlertRuleSetting()
    {
        RuleKey = UpdatedBy = string.Empty;
    }

    public AlertRuleSetting(string ruleKey, DateTimeOffset at, string by)
    {
        var rule = AlertRuleCatalog.Get(ruleKey);
        RuleKey = rule.Key;
        Enabled = true;
        Severity = rule.Severity;
        DebounceSeconds = rule.DebounceSeconds;
        Threshold = rule.Threshold;
        Channels = rule.Channels;
        UpdatedAt = at;
        UpdatedBy = by;
    }

    public string RuleKey { get; private set; }

    public bool Enabled { get; private set; }

    public AlertSeverity Severity { get; private set; }

    public int DebounceSeconds { get; private set; }

    public int? Threshold { get; private set; }

    public AlertChannels Channels { get; private set; }

    /// <summary>Operator e-mail addresses for this rule, comma-separated; empty means the configured default recipients.</summary>
    public string? EmailRecipients { get; private set; }

    /// <summary>Whether the rule also goes to the driver (only for rules that can, and only to idTags that opted in).</summary>
    public bool NotifyDriver { get; private set; }

    public int? QuietStartMinute { get; private set; }

    public int? QuietEndMinute { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public QuietHours? QuietHours => QuietStartMinute is { } start && QuietEndMinute is { } end ? new QuietHours(start, end) : null;

    /// <summary>Replaces the settings; throws <see cref="ArgumentException"/> with a clear message for a bad value.</summary>
    public void Change(
        bool enabled, AlertSeverity severity, int debounceSeconds, int? threshold, AlertChannels channels, string? emailRecipients,
        bool notifyDriver, QuietHours? quietHours, DateTimeOffset at, string by)
    {
        var rule = AlertRuleCatalog.Get(RuleKey);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentException("Severity is Info, Warning or Critical.", nameof(severity));
        }

        if (debounceSeconds is < 0 or > 86_400)
        {
            throw new ArgumentException("The debounce is 0 to 86,400 seconds (one day).", nameof(debounceSeconds));
        }

        if (rule.Threshold is null ? threshold is not null : threshold is null or < 0 or > 100_000)
        {
            throw new ArgumentException(rule.Threshold is null ? "This rule has no threshold." : $"The threshold is 0 to 100,000 {rule.ThresholdUnit}.", nameof(threshold));
        }

        if ((channels & ~(AlertChannels.InApp | AlertChannels.Email | AlertChannels.Webhook)) != 0)
        {
            throw new ArgumentException("Unknown channel.", nameof(channels));
        }

        var recipients = AlertRecipients.Normalize(emailRecipients);
        if (notifyDriver && !rule.CanNotifyDriver)
        {
            throw new ArgumentException("This rule does not go to drivers.", nameof(notifyDriver));
        }

        Enabled = enabled;
        Severity = severity;
        DebounceSeconds = debounceSeconds;
        Threshold = threshold;
        Channels = channels;
        EmailRecipients = recipients;
        NotifyDriver = notifyDriver;
        QuietStartMinute = quietHours?.StartMinute;
        QuietEndMinute = quietHours?.EndMinute;
        UpdatedAt = at;
        UpdatedBy = by;
    }
}
