using System.Globalization;
using EvDashboard.Core.Alerts;

namespace EvDashboard.Components.Pages.Alerts;

/// <summary>How the alert pages put ages, states and deliveries into words.</summary>
internal static class AlertWords
{
    /// <summary>A compact age for a list: "under a minute", "12 min", "3 h 05 min", "2 d 4 h".</summary>
    public static string Age(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return "under a minute";
        }

        return span.TotalDays >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h")
            : span.TotalHours >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min")
                : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min");
    }

    public static string Status(AlertStatus status) => status switch
    {
        AlertStatus.Open => "Open",
        AlertStatus.Acknowledged => "Acknowledged",
        _ => "Resolved",
    };

    public static string Delivery(AlertDeliveryStatus status) => status switch
    {
        AlertDeliveryStatus.Pending => "waiting",
        AlertDeliveryStatus.Sent => "sent",
        AlertDeliveryStatus.Failed => "failed",
        _ => "not sent",
    };

    public static string Channel(DeliveryChannel channel) => channel == DeliveryChannel.Email ? "E-mail" : "Webhook";

    public static string Where(string? chargePointId, int? connectorId) =>
        chargePointId is null ? "—" : connectorId is > 0 ? $"{chargePointId} · {connectorId}" : chargePointId;

    /// <summary>"HH:mm" for a minute after midnight.</summary>
    public static string Clock(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");

    /// <summary>A minute after midnight from "HH:mm" (or "H:mm"); null when blank, -1 when not a time.</summary>
    public static int? ParseClock(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? (time.Hour * 60) + time.Minute
            : -1;
    }
}
