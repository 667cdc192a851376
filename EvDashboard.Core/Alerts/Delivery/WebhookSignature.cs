using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>
/// The webhook signature: <c>sha256=</c> and the lower-case hex HMAC-SHA256, keyed with Alerts:Delivery:WebhookSecret,
/// of the unix timestamp, a dot and the exact body bytes. Signing the timestamp lets receivers refuse replays.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-EvDashboard-Timestamp";
    public const string SignatureHeader = "X-EvDashboard-Signature";
    public const string DeliveryHeader = "X-EvDashboard-Delivery";
    public const string Prefix = "sha256=";

    public static string Compute(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return Prefix + Convert.ToHexStringLower(hash);
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body)
    {
        if (signatureHeader is null || !long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, unixSeconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signatureHeader));
    }
}
