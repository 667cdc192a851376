namespace EvDashboard.Core.Alerts;

public enum AlertDeliveryStatus
{
    /// <summary>Queued; sent when <see cref="AlertDelivery.NextAttemptAt"/> comes (later during quiet hours or after a failed try).</summary>
    Pending,
    Sent,

    /// <summary>Given up after the last retry; the error is kept.</summary>
    Failed,

    /// <summary>Not sent on purpose (rate limit, or the alert resolved during quiet hours); the reason is kept.</summary>
    Suppressed,
}
