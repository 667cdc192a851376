using System.ComponentModel;
using System.Globalization;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;

namespace EvDashboard.Api;

/// <summary>PUT /api/alert-rules/{key}: replaces the rule's settings; an omitted field takes the rule's default.</summary>
internal sealed record AlertRuleRequest(
    [property: Description("Omitted means true.")] bool? Enabled = null,
    [property: Description("info, warning or critical.")] string? Severity = null,
    [property: Description("How long the condition must hold before the alert fires, 0..86400 seconds.")] int? DebounceSeconds = null,
    [property: Description("The rule's N in its thresholdUnit; only for rules that have one.")] int? Threshold = null,
    [property: Description("inapp, email and/or webhook.")] IReadOnlyList<string>? Channels = null,
    [property: Description("Comma-separated e-mail addresses; omitted means the configured operator addresses.")] string? EmailRecipients = null,
    [property: Description("Also to the driver (only rules with canNotifyDriver; only idTags that opted in).")] bool? NotifyDriver = null,
    [property: Description("Site-local HH:mm; with quietEnd.")] string? QuietStart = null,
    [property: Description("Site-local HH:mm; with quietStart.")] string? QuietEnd = null)
{
    /// <summary>The change, or null with <paramref name="errors"/> filled in (the rule's own checks run later, in the core).</summary>
    public AlertRuleChange? ToChange(AlertRuleDefinition rule, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(errors);
        var severity = rule.Severity;
        if (Severity is not null && !AlertApiWords.TryParse(Severity, out severity))
        {
            errors["severity"] = [$"One of {string.Join(", ", AlertApiWords.Severities)}."];
        }

        var channels = Channels is null ? rule.Channels : AlertApiWords.ParseChannels(Channels);
        if (channels is null)
        {
            errors["channels"] = [$"Each one of {string.Join(", ", AlertApiWords.Channels)}."];
        }

        var start = Minute(QuietStart, "quietStart", errors);
        var end = Minute(QuietEnd, "quietEnd", errors);
        return errors.Count > 0
            ? null
            : new AlertRuleChange(Enabled ?? true, severity, DebounceSeconds ?? rule.DebounceSeconds, Threshold ?? rule.Threshold, channels!.Value,
                EmailRecipients, NotifyDriver ?? false, start, end);
    }

    private static int? Minute(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return (time.Hour * 60) + time.Minute;
        }

        errors[field] = ["A site-local time as HH:mm, e.g. 22:00."];
        return null;
    }
}
