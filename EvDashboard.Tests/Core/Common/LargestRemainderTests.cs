using EvDashboard.Core.Common;

namespace EvDashboard.Tests.Core.Common;

public sealed class LargestRemainderTests
{
    [Fact]
    public void Distribute_UnitsMissing_GoToTheSharesRoundedDownMost()
    {
        long[] shares = [3, 3, 3];
        decimal[] remainders = [0.33m, 0.34m, 0.33m];

        LargestRemainder.Distribute(shares, remainders, 1);

        Assert.Equal([3L, 4L, 3L], shares);
    }

    [Fact]
    public void Distribute_UnitsTooMany_ComeFromTheSharesRoundedUpMost()
    {
        long[] shares = [2, 2, 2];
        decimal[] remainders = [-0.4m, -0.5m, -0.5m];

        LargestRemainder.Distribute(shares, remainders, -2);

        Assert.Equal([2L, 1L, 1L], shares);
    }

    [Fact]
    public void Distribute_MoreUnitsThanShares_GoesRoundAgain()
    {
        long[] shares = [0, 0];
        decimal[] remainders = [0m, 0m];

        LargestRemainder.Distribute(shares, remainders, 3);

        Assert.Equal([2L, 1L], shares);
    }
}
