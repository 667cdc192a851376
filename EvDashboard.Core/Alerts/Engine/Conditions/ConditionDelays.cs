namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>The two kinds of delay a rule has before it fires.</summary>
internal static class ConditionDelays
{
    public static TimeSpan Debounce(EffectiveAlertRule rule) => rule.Debounce;

    /// <summary>"For N minutes": the threshold is itself a duration, and a longer debounce still wins.</summary>
    public static TimeSpan ThresholdMinutes(EffectiveAlertRule rule) =>
        TimeSpan.FromMinutes(rule.Threshold ?? 0) > rule.Debounce ? TimeSpan.FromMinutes(rule.Threshold ?? 0) : rule.Debounce;

    /// <summary>The rule's look-back window in minutes (for "in the last N minutes" rules).</summary>
    public static TimeSpan WindowMinutes(EffectiveAlertRule rule) => TimeSpan.FromMinutes(rule.Threshold ?? 0);

    public static DateTimeOffset NotAfter(DateTimeOffset since, DateTimeOffset now) => since > now ? now : since;
}
