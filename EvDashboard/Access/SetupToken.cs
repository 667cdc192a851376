using System.Security.Cryptography;
using System.Text;
using EvDashboard.Core.Access;

namespace EvDashboard.Access;

/// <summary>
/// The one-time secret of the first-admin link, made at start-up while no operator account exists. It lives
/// only in memory and in the console output; using it once (or a seeded admin) ends it.
/// </summary>
internal sealed class SetupToken
{
    private readonly Lock _lock = new();
    private string? _value;

    public string? Value
    {
        get
        {
            lock (_lock)
            {
                return _value;
            }
        }
    }

    public string Issue()
    {
        lock (_lock)
        {
            return _value ??= SecretToken.Create(string.Empty);
        }
    }

    /// <summary>True (once) when <paramref name="presented"/> is the current token; the token is then spent.</summary>
    public bool TryConsume(string? presented)
    {
        lock (_lock)
        {
            if (_value is null || presented is null)
            {
                return false;
            }

            var match = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(_value), Encoding.UTF8.GetBytes(presented));
            if (match)
            {
                _value = null;
            }

            return match;
        }
    }

    public bool Matches(string? presented)
    {
        lock (_lock)
        {
            return _value is not null && presented is not null
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(_value), Encoding.UTF8.GetBytes(presented));
        }
    }
}
