using EvDashboard.Core.Common;

namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// The one place money is rounded (docs/TARIFFS.md, rule 10): the exact net is rounded half away from zero to minor
/// units, and the lines get shares that add up to it exactly (largest remainder method).
/// </summary>
internal static class LineRounding
{
    public static long[] Share(IReadOnlyList<decimal> exactAmounts, Currency currency, out long netMinor)
    {
        var net = 0m;
        var shares = new long[exactAmounts.Count];
        var remainders = new decimal[exactAmounts.Count];
        var sum = 0L;
        for (var i = 0; i < shares.Length; i++)
        {
            net += exactAmounts[i];
            var exactMinor = exactAmounts[i] * currency.MinorPerMajor;
            shares[i] = (long)decimal.Round(exactMinor, 0, MidpointRounding.AwayFromZero);
            remainders[i] = exactMinor - shares[i];
            sum += shares[i];
        }

        netMinor = currency.ToMinor(net);
        LargestRemainder.Distribute(shares, remainders, netMinor - sum);
        return shares;
    }
}
