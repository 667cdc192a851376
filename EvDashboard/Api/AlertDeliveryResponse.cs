using System.ComponentModel;
using EvDashboard.Core.Alerts.Queries;

namespace EvDashboard.Api;

/// <summary>One e-mail or webhook queued for an alert.</summary>
internal sealed record AlertDeliveryResponse(
    long Id,
    [property: Description("email or webhook.")] string Channel,
    [property: Description("operator or driver.")] string Audience,
    [property: Description("raised or resolved: what the message announces.")] string Event,
    [property: Description("The e-mail address or webhook URL.")] string Target,
    [property: Description("pending, sent, failed or suppressed.")] string Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt)
{
    public static AlertDeliveryResponse From(AlertDeliveryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, AlertApiWords.Word(row.Channel), AlertApiWords.Word(row.Audience), AlertApiWords.Word(row.Event), row.Target,
            AlertApiWords.Word(row.Status), row.Attempts, row.LastError, row.CreatedAt, row.SentAt);
    }
}
