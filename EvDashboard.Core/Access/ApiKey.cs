using EvDashboard.Core.Audit;

namespace EvDashboard.Core.Access;

/// <summary>A key for the REST API and the live hub, created by an Admin: shown once, stored hashed, with one role.</summary>
public sealed class ApiKey
{
    public const string Prefix = "evk_";

    public const int MaxNameLength = 80;

    private ApiKey()
    {
        Name = Role = Hash = Hint = CreatedBy = string.Empty;
    }

    public ApiKey(string name, string role, string secret, DateTimeOffset createdAt, DateTimeOffset? expiresAt, Actor createdBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(createdBy);
        if (!OperatorRoles.IsRole(role))
        {
            throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        }

        Name = name.Trim();
        Role = role;
        Hash = SecretToken.Hash(secret);
        Hint = SecretToken.Hint(secret);
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        CreatedBy = createdBy.Name;
    }

    public long Id { get; private set; }

    public string Name { get; private set; }

    public string Role { get; private set; }

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
