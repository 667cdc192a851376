namespace EvDashboard.Core.Common;

/// <summary>
/// The largest-remainder method, shared by the tariff lines (Tariffs/Calculation/LineRounding) and the VAT of receipt
/// lines (Billing/VatAllocation): after each share was rounded, the shares are moved by one minor unit each until they
/// add up to the rounded total exactly.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>
    /// Moves <paramref name="shares"/> by one unit each, |<paramref name="difference"/>| times, starting with the share the
    /// rounding moved furthest the other way (<paramref name="remainders"/>: exact minus rounded; ties: the earlier share),
    /// so the rounding error ends where it was largest.
    /// </summary>
    public static void Distribute(long[] shares, decimal[] remainders, long difference)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(remainders);
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

        // Adding: shares rounded down most (largest positive remainder) first; taking away: rounded up most.
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
