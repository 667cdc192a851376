namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>Exponential back-off: FirstRetrySeconds after the first failure, doubling after each later one, until MaxAttempts.</summary>
internal static class DeliveryBackoff
{
    /// <summary>Capped so a large attempt count cannot overflow; at the cap a retry waits about 12 days, far past any sensible policy.</summary>
    private const int MaxDoublings = 15;

    /// <param name="attemptsSoFar">Attempts made before this failure.</param>
    /// <returns>When to try again, or null to give up (this failure was the last attempt).</returns>
    public static DateTimeOffset? RetryAt(int attemptsSoFar, DateTimeOffset now, AlertDeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var attempts = attemptsSoFar + 1;
        if (attempts >= options.MaxAttempts)
        {
            return null;
        }

        var doublings = Math.Min(attempts - 1, MaxDoublings);
        return now.AddSeconds(options.FirstRetrySeconds * (double)(1L << doublings));
    }
}
