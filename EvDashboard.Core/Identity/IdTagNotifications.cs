using EvDashboard.Core.Alerts;

namespace EvDashboard.Core.Identity;

/// <summary>
/// Where a tag's owner hears about their sessions (completed, about to end, idle fee starting), and whether they
/// opted in. Contact details may be kept without the opt-in; nothing is sent to a driver who has not opted in.
/// </summary>
public sealed record IdTagNotifications(string? Email, string? WebhookUrl, bool OptIn)
{
    public const int MaxWebhookUrlLength = 500;

    public static IdTagNotifications None { get; } = new(null, null, false);

    /// <summary>Blank text becomes null and the rest is trimmed.</summary>
    public IdTagNotifications Normalized() => new(Clean(Email), Clean(WebhookUrl), OptIn);

    /// <summary>Null when consistent; otherwise why not, in words for an operator.</summary>
    public string? Problem() => Check()?.Message;

    /// <summary>Null when consistent; otherwise the field at fault (Email, WebhookUrl or OptIn) and why.</summary>
    public (string Field, string Message)? Check()
    {
        var email = Clean(Email);
        var url = Clean(WebhookUrl);
        if (email is not null && !AlertRecipients.IsAddress(email))
        {
            return (nameof(Email), $"'{email}' is not an e-mail address.");
        }

        if (url is { Length: > MaxWebhookUrlLength })
        {
            return (nameof(WebhookUrl), $"A webhook URL is at most {MaxWebhookUrlLength} characters.");
        }

        if (url is not null && !IsWebhookUrl(url))
        {
            return (nameof(WebhookUrl), "A webhook URL is an absolute http:// or https:// address.");
        }

        return OptIn && email is null && url is null
            ? (nameof(OptIn), "Notifications need an e-mail address or a webhook URL to go to.")
            : null;
    }

    /// <summary>The settings in words for the audit trail.</summary>
    public string Describe() => $"notify={(OptIn ? "on" : "off")}; email={Clean(Email) ?? "-"}; webhook={Clean(WebhookUrl) ?? "-"}";

    public static bool IsWebhookUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
