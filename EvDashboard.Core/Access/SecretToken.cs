using System.Security.Cryptography;
using System.Text;

namespace EvDashboard.Core.Access;

/// <summary>
/// Random bearer secrets (API keys, display tokens): 32 random bytes, base64url, with a readable prefix. They
/// are stored only as a SHA-256 digest: the secret has 256 bits of entropy, so a digest is as strong as a
/// slow password hash and lets a request find its key with one indexed lookup.
/// </summary>
public static class SecretToken
{
    public const int HashLength = 64;

    public const int HintLength = 12;

    public static string Create(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>The first characters, shown in lists so an operator can tell keys apart without the secret.</summary>
    public static string Hint(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret.Length <= HintLength ? secret : secret[..HintLength] + "…";
    }
}
