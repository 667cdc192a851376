using EvDashboard.Core.Audit;

namespace EvDashboard.Core.Access;

/// <summary>
/// Lets a wall display show <c>/wall</c> without a login, and nothing else. Shown once, stored hashed,
/// revocable, optionally limited to one site.
/// </summary>
public sealed class DisplayToken
{
    public const string Prefix = "evd_";

    public const int MaxNameLength = 80;

    private DisplayToken()
    {
        Name = Hash = Hint = CreatedBy = string.Empty;
    }

    public DisplayToken(string name, string? site, string secret, DateTimeOffset createdAt, DateTimeOffset? expiresAt, Actor createdBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(createdBy);
        Name = name.Trim();
        Site = string.IsNullOrWhiteSpace(site) ? null : site.Trim();
        Hash = SecretToken.Hash(secret);
        Hint = SecretToken.Hint(secret);
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        CreatedBy = createdBy.Name;
    }

    public long Id { get; private set; }

    public string Name { get; private set; }

    public string? Site { get; private set; }

    public string Hash { get; private set; }

    public string Hint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsValidAt(DateTimeOffset at) => RevokedAt is null && (ExpiresAt is null || at < ExpiresAt);

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;

    public void MarkUsed(DateTimeOffset at)
    {
        if (LastUsedAt is null || at > LastUsedAt)
        {
            LastUsedAt = at;
        }
    }
}
