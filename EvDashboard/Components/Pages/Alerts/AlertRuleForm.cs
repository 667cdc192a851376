using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;

namespace EvDashboard.Components.Pages.Alerts;

/// <summary>The rule editor's fields as the operator types them; turned into an <see cref="AlertRuleChange"/> on save.</summary>
internal sealed class AlertRuleForm
{
    public bool Enabled { get; set; }

    public AlertSeverity Severity { get; set; }

    public int DebounceSeconds { get; set; }

    public int? Threshold { get; set; }

    public bool InApp { get; set; }

    public bool Email { get; set; }

    public bool Webhook { get; set; }

    public string? EmailRecipients { get; set; }

    public bool NotifyDriver { get; set; }

    public string? QuietStart { get; set; }

    public string? QuietEnd { get; set; }

    public IEnumerable<string> Excluded { get; set; } = [];

    public static AlertRuleForm From(AlertRuleView rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new AlertRuleForm
        {
            Enabled = rule.Enabled,
            Severity = rule.Severity,
            DebounceSeconds = rule.DebounceSeconds,
            Threshold = rule.Threshold,
            InApp = rule.Channels.HasFlag(AlertChannels.InApp),
            Email = rule.Channels.HasFlag(AlertChannels.Email),
            Webhook = rule.Channels.HasFlag(AlertChannels.Webhook),
            EmailRecipients = rule.EmailRecipients,
            NotifyDriver = rule.NotifyDriver,
            QuietStart = rule.QuietHours is { } q ? AlertWords.Clock(q.StartMinute) : null,
            QuietEnd = rule.QuietHours is { } r ? AlertWords.Clock(r.EndMinute) : null,
            Excluded = [.. rule.ExcludedChargePoints],
        };
    }

    /// <summary>The change, or null with the reason in <paramref name="error"/> (the core checks every other value).</summary>
    public AlertRuleChange? ToChange(out string? error)
    {
        var start = AlertWords.ParseClock(QuietStart);
        var end = AlertWords.ParseClock(QuietEnd);
        if (start == -1 || end == -1)
        {
            error = "Quiet hours are times like 22:00 and 07:00.";
            return null;
        }

        error = null;
        var channels = (InApp ? AlertChannels.InApp : AlertChannels.None) | (Email ? AlertChannels.Email : AlertChannels.None)
            | (Webhook ? AlertChannels.Webhook : AlertChannels.None);
        return new AlertRuleChange(Enabled, Severity, DebounceSeconds, Threshold, channels, EmailRecipients, NotifyDriver, start, end);
    }
}
