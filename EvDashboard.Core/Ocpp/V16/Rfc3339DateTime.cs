namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// Parses the RFC 3339 <c>date-time</c> that the OCPP 1.6 JSON schemas require ("format": "date-time"), straight
/// from UTF-8 and without allocating, because every MeterValues and StatusNotification carries timestamps.
/// </summary>
/// <remarks>
/// <c>YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)</c>; 'T' and 'Z' may be lower case (RFC 3339 §5.6). The
/// offset is mandatory: a timestamp without one cannot be placed in time, and the ledger must not guess the
/// charger's zone. Fraction digits beyond the 100 ns tick are dropped. Offsets beyond ±14:00 and leap seconds are
/// rejected because <see cref="DateTimeOffset"/> cannot represent them.
/// </remarks>
internal static class Rfc3339DateTime
{
    private const int MinimumLength = 20; // 2026-11-21T09:00:00Z

    public static bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < MinimumLength
            || !TryParseDateAndTime(text, out var local)
            || !TryParseFractionAndOffset(text[19..], out var fractionTicks, out var offset))
        {
            return false;
        }

        var localTicks = local.Ticks + fractionTicks;
        var utcTicks = localTicks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(localTicks, offset);
        return true;
    }

    private static bool TryParseDateAndTime(ReadOnlySpan<byte> text, out DateTime local)
    {
        local = default;
        if (text[4] != '-' || text[7] != '-' || (text[10] | 0x20) != 't' || text[13] != ':' || text[16] != ':'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month)
            || !TryDigits(text.Slice(8, 2), out var day) || !TryDigits(text.Slice(11, 2), out var hour)
            || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Parses what follows the seconds: an optional fraction, then the offset.</summary>
    private static bool TryParseFractionAndOffset(ReadOnlySpan<byte> rest, out long fractionTicks, out TimeSpan offset)
    {
        fractionTicks = 0;
        offset = default;
        if (rest[0] == '.')
        {
            var digits = 0;
            long scale = TimeSpan.TicksPerSecond;
            while (1 + digits < rest.Length && IsDigit(rest[1 + digits]))
            {
                scale /= 10;
                fractionTicks += (rest[1 + digits] - '0') * scale;
                digits++;
            }

            if (digits == 0)
            {
                return false;
            }

            rest = rest[(1 + digits)..];
        }

        return TryParseOffset(rest, out offset);
    }

    private static bool TryParseOffset(ReadOnlySpan<byte> text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length == 1 && (text[0] | 0x20) == 'z')
        {
            return true;
        }

        if (text.Length != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':'
            || !TryDigits(text.Slice(1, 2), out var hours) || !TryDigits(text.Slice(4, 2), out var minutes)
            || minutes > 59 || hours * 60 + minutes > 14 * 60)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == '-')
        {
            offset = offset.Negate();
        }

        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!IsDigit(digit))
            {
                return false;
            }

            value = value * 10 + (digit - '0');
        }

        return true;
    }

    private static bool IsDigit(byte value) => value is >= (byte)'0' and <= (byte)'9';
}
