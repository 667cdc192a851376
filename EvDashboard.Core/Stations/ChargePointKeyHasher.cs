using System.Security.Cryptography;
using System.Text;

namespace EvDashboard.Core.Stations;

/// <summary>
/// Makes and hashes charge point keys (OCPP 1.6 security profiles 1 and 2, the HTTP Basic password).
/// A charger key is 16–40 random bytes, so a slow password hash adds nothing against guessing but
/// would cost seconds of CPU in a reconnect storm; HMAC-SHA256 keyed with a per-key random salt
/// costs microseconds, and the stored value reveals nothing without the key.
/// </summary>
public static class ChargePointKeyHasher
{
    private const string Scheme = "hmac-sha256";
    private const int SaltBytes = 16;

    /// <summary>Bounds of a key typed in by an operator (printable characters, as OCPP 2.0.1's passwordString).</summary>
    public const int MinKeyLength = 16;

    public const int MaxKeyLength = 40;

    /// <summary>
    /// OCPP 1.6 Security Whitepaper (profile 1): the AuthorizationKey is 16..20 random bytes; generated keys use 20,
    /// the OCPP-J 1.6 §7 size.
    /// </summary>
    public const int GeneratedKeyBytes = 20;

    /// <summary>A new random key, as its raw bytes (the Basic password) and upper-case hex (the AuthorizationKey value).</summary>
    public static (byte[] Key, string Hex) Generate()
    {
        var key = RandomNumberGenerator.GetBytes(GeneratedKeyBytes);
        return (key, Convert.ToHexString(key));
    }

    /// <summary>Hashes a typed key (its UTF-8 bytes, which for printable ASCII are the bytes the charger sends).</summary>
    public static string Hash(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Hash(Encoding.UTF8.GetBytes(key));
    }

    public static string Hash(ReadOnlySpan<byte> key)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("A key is not empty.", nameof(key));
        }

        Span<byte> salt = stackalloc byte[SaltBytes];
        RandomNumberGenerator.Fill(salt);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(salt, key, mac);
        return $"{Scheme}${Convert.ToBase64String(salt)}${Convert.ToBase64String(mac)}";
    }

    /// <summary>Checks a presented key against a stored hash in constant time; a malformed hash never matches.</summary>
    public static bool Verify(string storedHash, string presentedKey)
    {
        ArgumentNullException.ThrowIfNull(presentedKey);
        var bytes = Encoding.UTF8.GetBytes(presentedKey);
        try
        {
            return Verify(storedHash, bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>
    /// Checks a presented Basic password. The whitepaper's charger sends the key's raw bytes; many firmwares send
    /// the 40-character hex text of the AuthorizationKey instead. Both carry the same secret, so both are accepted.
    /// </summary>
    public static bool VerifyPassword(string storedHash, ReadOnlySpan<byte> password)
    {
        if (Verify(storedHash, password))
        {
            return true;
        }

        Span<byte> decoded = stackalloc byte[MaxKeyLength];
        return password.Length is >= 2 * MinKeyLength and <= 2 * MaxKeyLength
            && password.Length % 2 == 0
            && Convert.FromHexString(Encoding.ASCII.GetString(password), decoded, out _, out var written) == System.Buffers.OperationStatus.Done
            && Verify(storedHash, decoded[..written]);
    }

    public static bool Verify(string storedHash, ReadOnlySpan<byte> presentedKey)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
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
        HMACSHA256.HashData(salt[..saltLength], presentedKey, actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected[..expectedLength]);
    }

    public static bool IsAcceptableKey(string? key) =>
        key is { Length: >= MinKeyLength and <= MaxKeyLength } && key.All(c => c > ' ' && c < 127);
}
