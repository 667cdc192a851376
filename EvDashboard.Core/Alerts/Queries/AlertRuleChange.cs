namespace EvDashboard.Core.Alerts.Queries;

/// <summary>
/// New settings for a rule, replacing all of them at once. Quiet hours are site-local minutes after midnight; both or
/// neither are given.
/// </summary>
public sealed record AlertRuleChange(
    bool Enabled,
    AlertSeverity Severity,
    int DebounceSeconds,
    int? Threshold,
    AlertChannels Channels,
    string? EmailRecipients,
    bool NotifyDriver,
    int? QuietStartMinute,
    int? QuietEndMinute)
{
    public static AlertRuleChange From(AlertRuleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Enabled, view.Severity, view.DebounceSeconds, view.Threshold, view.Channels, view.EmailRecipients, view.NotifyDriver,
            view.QuietHours?.StartMinute, view.QuietHours?.EndMinute);
    }

    /// <summary>The quiet hours; throws <see cref="ArgumentException"/> when only one end is given or a time is out of range.</summary>
    public QuietHours? ToQuietHours() => (QuietStartMinute, QuietEndMinute) switch
    {
        (null, null) => null,
        ({ } start, { } end) => new QuietHours(start, end),
        _ => throw new ArgumentException("Quiet hours need both a start and an end, or neither."),
    };

    /// <summary>Applies the change to <paramref name="setting"/>; throws <see cref="ArgumentException"/> for a bad value.</summary>
    public void ApplyTo(AlertRuleSetting setting, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(setting);
        setting.Change(Enabled, Severity, DebounceSeconds, Threshold, Channels, EmailRecipients, NotifyDriver, ToQuietHours(), at, by);
    }

    /// <summary>How the audit entry describes the new settings.</summary>
    public string Describe() =>
        $"enabled={Enabled}; severity={Severity}; debounce={DebounceSeconds}s; threshold={Threshold?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}; "
        + $"channels={Channels}; recipients={EmailRecipients ?? "-"}; notifyDriver={NotifyDriver}; quiet={ToQuietHoursText()}";

    private string ToQuietHoursText() => QuietStartMinute is { } s && QuietEndMinute is { } e && s != e ? new QuietHours(s, e).ToString() : "-";
}
