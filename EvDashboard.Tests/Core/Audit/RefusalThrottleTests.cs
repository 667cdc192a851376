using EvDashboard.Core.Audit;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Core.Audit;

public sealed class RefusalThrottleTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ShouldRecord_SameRefusalWithinAMinute_OnlyTheFirst()
    {
        var throttle = new RefusalThrottle(_time);

        var first = throttle.ShouldRecord("chargepoint.connection.refused", "CP-1", "10.0.0.7");
        var again = throttle.ShouldRecord("chargepoint.connection.refused", "CP-1", "10.0.0.7");
        var otherAddress = throttle.ShouldRecord("chargepoint.connection.refused", "CP-1", "10.0.0.8");
        _time.Advance(RefusalThrottle.Window);
        var later = throttle.ShouldRecord("chargepoint.connection.refused", "CP-1", "10.0.0.7");

        Assert.Equal([true, false, true, true], [first, again, otherAddress, later]);
    }

    [Fact]
    public void ShouldRecord_ManyDifferentRefusals_CappedPerWindow()
    {
        var throttle = new RefusalThrottle(_time);

        var recorded = Enumerable.Range(0, RefusalThrottle.MaxPerWindow + 50)
            .Count(i => throttle.ShouldRecord("chargepoint.connection.refused", $"SCAN-{i}", "10.0.0.9"));
        _time.Advance(RefusalThrottle.Window);
        var nextWindow = throttle.ShouldRecord("chargepoint.connection.refused", "SCAN-new", "10.0.0.9");

        Assert.Equal(RefusalThrottle.MaxPerWindow, recorded);
        Assert.True(nextWindow);
    }
}
