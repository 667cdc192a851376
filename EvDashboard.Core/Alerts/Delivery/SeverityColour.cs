namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>The accent colour of an e-mail: green for a resolved notice, otherwise the alert's severity (or a guess from the title).</summary>
internal static class SeverityColour
{
    public const string Critical = "#b91c1c";
    public const string Warning = "#b45309";
    public const string Info = "#1d4ed8";
    public const string Resolved = "#15803d";

    public static string For(DeliveryMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Event == AlertDeliveryEvent.Resolved)
        {
            return Resolved;
        }

        if (message.Alert is { } alert)
        {
            return alert.Severity switch
            {
                AlertSeverity.Critical => Critical,
                AlertSeverity.Warning => Warning,
                _ => Info,
            };
        }

        // A message without an alert (a test) has only its title to go by.
        return message.Title.Contains("critical", StringComparison.OrdinalIgnoreCase) ? Critical
            : message.Title.Contains("warning", StringComparison.OrdinalIgnoreCase) ? Warning
            : message.Title.Contains("resolved", StringComparison.OrdinalIgnoreCase) ? Resolved
            : Info;
    }
}
