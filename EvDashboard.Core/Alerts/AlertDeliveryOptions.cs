using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Core.Alerts;

/// <summary>
/// The "Alerts:Delivery" section: the SMTP server and the webhook that alerts go out through, the operators'
/// default recipients, and the retry and rate-limit policy of the delivery queue. Without an SMTP host (or a
/// webhook URL) that channel is off and nothing is queued for it.
/// </summary>
public sealed class AlertDeliveryOptions : IValidatableObject
{
    public const string Section = "Alerts:Delivery";

    public string? SmtpHost { get; set; }

    [Range(1, 65535, ErrorMessage = "Alerts:Delivery:SmtpPort is 1..65535.")]
    public int SmtpPort { get; set; } = 587;

    public bool SmtpEnableSsl { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    public string FromAddress { get; set; } = "alerts@evdashboard.local";

    public string FromName { get; set; } = "EvDashboard";

    /// <summary>Operators' addresses for rules without their own recipients, comma-separated.</summary>
    public string? OperatorEmails { get; set; }

    /// <summary>Where operator webhooks are POSTed (an SMS or chat gateway plugs in here).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The key of the HMAC-SHA256 signature on every webhook (operators' and drivers').</summary>
    public string? WebhookSecret { get; set; }

    [Range(1, 20, ErrorMessage = "Alerts:Delivery:MaxAttempts is 1..20.")]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failure; each later wait doubles.</summary>
    [Range(1, 3600, ErrorMessage = "Alerts:Delivery:FirstRetrySeconds is 1..3600.")]
    public int FirstRetrySeconds { get; set; } = 30;

    /// <summary>At most this many messages per recipient (address or URL) per hour; the rest wait for room.</summary>
    [Range(1, 10_000, ErrorMessage = "Alerts:Delivery:MaxPerRecipientPerHour is 1..10000.")]
    public int MaxPerRecipientPerHour { get; set; } = 30;

    [Range(1, 300, ErrorMessage = "Alerts:Delivery:TimeoutSeconds is 1..300.")]
    public int TimeoutSeconds { get; set; } = 15;

    public bool EmailConfigured => !string.IsNullOrWhiteSpace(SmtpHost);

    public bool WebhookConfigured => !string.IsNullOrWhiteSpace(WebhookUrl);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!AlertRecipients.IsAddress(FromAddress))
        {
            yield return new ValidationResult("Alerts:Delivery:FromAddress is not an e-mail address.", [nameof(FromAddress)]);
        }

        string? recipientsError = null;
        try
        {
            AlertRecipients.Parse(OperatorEmails);
        }
        catch (ArgumentException ex)
        {
            recipientsError = $"Alerts:Delivery:OperatorEmails: {ex.Message.Split(" (Parameter", 2)[0]}";
        }

        if (recipientsError is not null)
        {
            yield return new ValidationResult(recipientsError, [nameof(OperatorEmails)]);
        }

        if (WebhookConfigured && !(Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Alerts:Delivery:WebhookUrl is an absolute http(s) URL.", [nameof(WebhookUrl)]);
        }

        if (WebhookConfigured && string.IsNullOrEmpty(WebhookSecret))
        {
            yield return new ValidationResult("Alerts:Delivery:WebhookSecret is needed with a WebhookUrl (receivers check the signature).", [nameof(WebhookSecret)]);
        }
    }
}
