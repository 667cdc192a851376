using EvDashboard.Core.Common;

namespace EvDashboard.Core.Billing;

/// <summary>
/// Spreads a VAT amount that was rounded once on the whole net (as the tariff calculator does) over the lines in
/// proportion to their net, by the largest-remainder rule: every line gets the floor of its exact share, and the
/// cents left over go to the lines with the largest fractional parts (earlier lines first on a tie). The shares
/// always add up to the amount exactly, so a receipt's totals equal the session's stored cost.
/// </summary>
internal static class VatAllocation
{
    public static long[] Allocate(IReadOnlyList<long> nets, long vatMinor)
    {
        ArgumentNullException.ThrowIfNull(nets);
        var shares = new long[nets.Count];
        if (nets.Count == 0)
        {
            return shares;
        }

        var totalNet = nets.Sum();
        if (totalNet == 0)
        {
            // Nothing to be proportional to (a free session): the whole amount sits on the first line.
            shares[0] = vatMinor;
            return shares;
        }

        var sign = Math.Sign(totalNet);
        var remainders = new decimal[nets.Count];
        for (var i = 0; i < nets.Count; i++)
        {
            // Exact integer arithmetic in decimal: numerator and divisor are whole numbers, so the remainder is exact.
            var numerator = (decimal)vatMinor * nets[i] * sign;
            var divisor = (decimal)totalNet * sign;
            var floor = Math.Floor(numerator / divisor);
            if (numerator - (floor * divisor) < 0)
            {
                // The 28-digit quotient was rounded up onto a whole number; the true floor is one less.
                floor--;
            }

            shares[i] = (long)floor;
            remainders[i] = numerator - (floor * divisor);
        }

        LargestRemainder.Distribute(shares, remainders, vatMinor - shares.Sum());
        return shares;
    }
}
