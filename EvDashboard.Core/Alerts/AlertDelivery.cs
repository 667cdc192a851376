namespace EvDashboard.Core.Alerts;

/// <summary>
/// One message to one recipient on one channel, queued durably in the unit of work that raised or resolved the
/// alert, and sent by the delivery worker with retries and back-off. Its status and last error show on the alert.
/// </summary>
public sealed class AlertDelivery
{
    public const int MaxTargetLength = 500;
    public const int MaxTitleLength = 300;
    public const int MaxBodyLength = 4000;
    public const int MaxErrorLength = 500;

    private AlertDelivery()
    {
        RuleKey = Target = Title = Body = string.Empty;
    }

    /// <param name="alertId">The alert announced; null for a test message.</param>
    /// <param name="target">An e-mail address or a webhook URL.</param>
    public AlertDelivery(
        long? alertId, string ruleKey, AlertDeliveryEvent @event, DeliveryChannel channel, DeliveryAudience audience, string target,
        string title, string body, DateTimeOffset createdAt, DateTimeOffset notBefore)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        if (target.Length > MaxTargetLength)
        {
            throw new ArgumentException($"A delivery target is at most {MaxTargetLength} characters.", nameof(target));
        }

        AlertId = alertId;
        RuleKey = ruleKey;
        Event = @event;
        Channel = channel;
        Audience = audience;
        Target = target;
        Title = Clip(title, MaxTitleLength);
        Body = Clip(body, MaxBodyLength);
        CreatedAt = createdAt;
        NextAttemptAt = notBefore;
        Status = AlertDeliveryStatus.Pending;
    }

    public long Id { get; private set; }

    public long? AlertId { get; private set; }

    public string RuleKey { get; private set; }

    public AlertDeliveryEvent Event { get; private set; }

    public DeliveryChannel Channel { get; private set; }

    public DeliveryAudience Audience { get; private set; }

    public string Target { get; private set; }

    public string Title { get; private set; }

    /// <summary>The plain-text body; the e-mail's HTML part is rendered from it.</summary>
    public string Body { get; private set; }

    public AlertDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public void MarkSent(DateTimeOffset at)
    {
        Attempts++;
        Status = AlertDeliveryStatus.Sent;
        SentAt = at;
        LastError = null;
    }

    /// <param name="retryAt">When to try again; null to give up (the delivery becomes Failed).</param>
    public void MarkFailed(string error, DateTimeOffset? retryAt)
    {
        Attempts++;
        LastError = Clip(error, MaxErrorLength);
        if (retryAt is { } at)
        {
            NextAttemptAt = at;
        }
        else
        {
            Status = AlertDeliveryStatus.Failed;
        }
    }

    /// <summary>Moves a pending delivery later (quiet hours, rate limit) without counting an attempt.</summary>
    public void Defer(DateTimeOffset until)
    {
        if (Status == AlertDeliveryStatus.Pending && until > NextAttemptAt)
        {
            NextAttemptAt = until;
        }
    }

    public void Suppress(string reason)
    {
        if (Status == AlertDeliveryStatus.Pending)
        {
            Status = AlertDeliveryStatus.Suppressed;
            LastError = Clip(reason, MaxErrorLength);
        }
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
