using EvDashboard.Core.Alerts.Engine.Conditions;

namespace EvDashboard.Core.Alerts.Engine;

/// <summary>The title and plain-text body of an alert's e-mail or webhook, written for a person: what, where, since when, what to do.</summary>
internal static class AlertText
{
    public static string Title(Alert alert, AlertRuleDefinition rule, AlertDeliveryEvent deliveryEvent, DeliveryAudience audience) =>
        (deliveryEvent, audience) switch
        {
            (_, DeliveryAudience.Driver) => DriverTitle(rule.Key),
            (AlertDeliveryEvent.Resolved, _) => $"Resolved: {rule.Title}{Where(alert, " at ")}",
            _ => $"[{alert.Severity}] {rule.Title}{Where(alert, " at ")}",
        };

    public static string Body(Alert alert, AlertRuleDefinition rule, AlertDeliveryEvent deliveryEvent, DeliveryAudience audience, TimeZoneInfo zone)
    {
        var lines = new List<string> { alert.Message };
        if (audience == DeliveryAudience.Driver)
        {
            lines.Add(DriverAdvice(rule.Key));
        }
        else if (deliveryEvent == AlertDeliveryEvent.Resolved)
        {
            var resolvedAt = alert.ResolvedAt ?? alert.RaisedAt;
            lines.Add($"Resolved at {Local(resolvedAt, zone)} ({alert.Resolution ?? "condition cleared"}).");
            lines.Add($"It lasted {SessionCompletedCondition.Duration(resolvedAt - alert.ConditionSince)} (since {Local(alert.ConditionSince, zone)}).");
        }
        else
        {
            var where = Where(alert, string.Empty);
            lines.Add($"Where: {(where.Length > 0 ? where : "the network")}.");
            lines.Add($"Since: {Local(alert.ConditionSince, zone)}; raised {Local(alert.RaisedAt, zone)}. Severity: {alert.Severity}.");
            lines.Add($"What to do: {OperatorAdvice(rule.Key)}");
        }

        if (!string.IsNullOrWhiteSpace(alert.Detail))
        {
            lines.Add(alert.Detail);
        }

        return string.Join("\n\n", lines);
    }

    private static string Where(Alert alert, string prefix) => alert.ChargePointId is null
        ? string.Empty
        : prefix + alert.ChargePointId + (alert.ConnectorId is { } c and > 0 ? $" connector {c}" : string.Empty);

    private static string Local(DateTimeOffset at, TimeZoneInfo zone) => $"{TimeZoneInfo.ConvertTime(at, zone):yyyy-MM-dd HH:mm} ({zone.Id})";

    private static string DriverTitle(string ruleKey) => ruleKey switch
    {
        AlertRuleKeys.SessionCompleted => "Your charging session has completed",
        AlertRuleKeys.SessionEnding => "Your charging session is about to end",
        AlertRuleKeys.IdleBlocking => "Your car has finished charging: an idle fee is starting",
        _ => "A message about your charging session",
    };

    private static string DriverAdvice(string ruleKey) => ruleKey switch
    {
        AlertRuleKeys.SessionEnding => "Please plan to return to your car soon, so the charge point is free for the next driver.",
        AlertRuleKeys.IdleBlocking => "Please move your car: the charge point is blocked while it is not charging, and an idle fee may apply.",
        _ => "Thank you for charging with us.",
    };

    private static string OperatorAdvice(string ruleKey) => ruleKey switch
    {
        AlertRuleKeys.ConnectorFaulted => "check the charge point on site or with its vendor; a soft reset may clear a transient fault.",
        AlertRuleKeys.ChargePointOffline => "check power and the network (SIM/router) at the site; it reconnects on its own once reachable.",
        AlertRuleKeys.PreparingTooLong => "the driver may be stuck (card not accepted, cable not seated); check the connector or start the session remotely.",
        AlertRuleKeys.AuthorizationRejected => "review the idTags in the unknown-tag inbox; add or unblock the tag if the driver should charge.",
        AlertRuleKeys.EnergyStalled => "the EV may be full or paused; check the session and the car if it should still be charging.",
        AlertRuleKeys.IdleBlocking => "ask the driver to move the car, or apply the idle policy.",
        AlertRuleKeys.StopForUnknownTransaction => "compare the charger's transaction log with ours; it may have charged while disconnected.",
        AlertRuleKeys.MeterBackwards => "check the meter and its configuration (register, multiplier); the session's energy is suspect.",
        AlertRuleKeys.ClockSkew => "set the charge point's time source (NTP); session times and tariffs depend on its clock.",
        AlertRuleKeys.InvoiceOverdue => "send a reminder to the buyer, or record the payment if it arrived.",
        _ => "look at the alert in EvDashboard.",
    };
}
