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
        Distribute(shares, remainders, netMinor - sum);
        return shares;
    }

    /// <summary>
    /// Moves the rounded shares by one minor unit each, |difference| times, starting with the line the rounding moved
    /// furthest the other way (ties: the earlier line), so the rounding error ends where it was largest.
    /// </summary>
    private static void Distribute(long[] shares, decimal[] remainders, long difference)
    {
        if (difference == 0 || shares.Length == 0)
        {
            return;
        }

        var step = Math.Sign(difference);
        var order = new int[shares.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Adding: lines rounded down most (largest positive remainder) first; taking away: rounded up most.
        Array.Sort(order, (a, b) =>
        {
            var byRemainder = (remainders[b] * step).CompareTo(remainders[a] * step);
            return byRemainder != 0 ? byRemainder : a.CompareTo(b);
        });
        for (var n = 0L; n < Math.Abs(difference); n++)
        {
            shares[order[n % order.Length]] += step;
        }
    }
}
