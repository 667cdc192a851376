using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Delivery;

namespace EvDashboard.Tests.Core.Alerts.Delivery;

public sealed class DeliveryBackoffTests
{
    [Theory]
    [InlineData(0, 30)]
    [InlineData(1, 60)]
    [InlineData(3, 240)]
    public void RetryAt_BeforeTheLastAttempt_DoublesFromTheFirstWait(int attemptsSoFar, int expectedSeconds)
    {
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

        var retryAt = DeliveryBackoff.RetryAt(attemptsSoFar, now, new AlertDeliveryOptions { FirstRetrySeconds = 30, MaxAttempts = 6 });

        Assert.Equal(now.AddSeconds(expectedSeconds), retryAt);
    }

    [Fact]
    public void RetryAt_LastAttemptFailed_GivesUp()
    {
        var retryAt = DeliveryBackoff.RetryAt(5, DateTimeOffset.UnixEpoch, new AlertDeliveryOptions { MaxAttempts = 6 });

        Assert.Null(retryAt);
    }
}
