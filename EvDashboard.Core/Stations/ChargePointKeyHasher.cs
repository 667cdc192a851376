using System.Security.Cryptography;
using System.Text;

namespace EvDashboard.Core.Stations;

/// <summary>
/// Hashes charge point keys (OCPP 1.6 security profile 1, HTTP Basic password).
/// A charger key is 16–40 random bytes, so a slow password hash adds nothing against guessing but
/// would cost seconds of CPU in a reconnect storm; HMAC-SHA256 keyed with a per-key random salt
/// costs microseconds, and the stored value reveals nothing without the key.
/// </summary>
public static class ChargePointKeyHasher
{
    private const string Scheme = "hmac-sha256";
    private const int SaltBytes = 16;

    /// <summary>OCPP 1.6 Security Whitepaper: the AuthorizationKey is 16..40 bytes (sent as up to 40 characters).</summary>
    public const int MinKeyLength = 16;

    public const int MaxKeyLength = 40;

    public static string Hash(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Span<byte> salt = stackalloc byte[SaltBytes];
        RandomNumberGenerator.Fill(salt);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Compute(salt, key, mac);
        return $"{Scheme}${Convert.ToBase64String(salt)}${Convert.ToBase64String(mac)}";
    }

    /// <summary>Checks a presented key against a stored hash in constant time; a malformed hash never matches.</summary>
    public static bool Verify(string storedHash, string presentedKey)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        ArgumentNullException.ThrowIfNull(presentedKey);
        var parts = storedHash.Split('$');
        if (parts.Length != 3 || parts[0] != Scheme)
        {
            return false;
        }

        Span<byte> salt = stackalloc byte[64];
        Span<byte> expected = stackalloc byte[64];
        if (!Convert.TryFromBase64String(parts[1], salt, out var saltLength)
            || !Convert.TryFromBase64String(parts[2], expected, out var expectedLength)
            || expectedLength != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Compute(salt[..saltLength], presentedKey, actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected[..expectedLength]);
    }

    public static bool IsAcceptableKey(string? key) =>
        key is { Length: >= MinKeyLength and <= MaxKeyLength } && key.All(c => c > ' ' && c < 127);

    private static void Compute(ReadOnlySpan<byte> salt, string key, Span<byte> destination)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        HMACSHA256.HashData(salt, keyBytes, destination);
        CryptographicOperations.ZeroMemory(keyBytes);
    }
}
