using EvDashboard.Core.Billing;

namespace EvDashboard.Tests.Core.Billing;

public sealed class VatAllocationTests
{
    [Theory]
    // Exact shares 19.015, 91.463, 28.522: floors give 138, the cent left goes to the largest fraction (.522).
    [InlineData(new long[] { 100, 481, 150 }, 139, new long[] { 19, 91, 29 })]
    // Equal fractions: earlier lines first.
    [InlineData(new long[] { 1, 1, 1 }, 2, new long[] { 1, 1, 0 })]
    [InlineData(new long[] { 500 }, 95, new long[] { 95 })]
    // A negative adjustment line (a maximum price) takes its negative share.
    [InlineData(new long[] { 1_000, -200 }, 152, new long[] { 190, -38 })]
    [InlineData(new long[] { 0, 0 }, 0, new long[] { 0, 0 })]
    public void Allocate_Lines_SharesAddUpToTheVatByLargestRemainder(long[] nets, long vat, long[] expected)
    {
        var shares = VatAllocation.Allocate(nets, vat);

        Assert.Equal(expected, shares);
        Assert.Equal(vat, shares.Sum());
    }

    [Fact]
    public void Allocate_ManyAwkwardLines_AlwaysSumsExactly()
    {
        var nets = Enumerable.Range(1, 37).Select(i => (long)((i * 7919) % 1013)).ToArray();

        for (var vat = 0; vat < 500; vat += 7)
        {
            Assert.Equal(vat, VatAllocation.Allocate(nets, vat).Sum());
        }
    }
}
