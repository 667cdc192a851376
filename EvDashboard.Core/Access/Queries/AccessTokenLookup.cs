using System.Collections.Concurrent;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Access.Queries;

/// <summary>
/// Finds the API key or display token behind a presented secret by its digest. Answers are cached briefly
/// (<see cref="CacheLifetime"/>) so a busy API client or a wall's reconnects do not read the database on every
/// request; a revoked or expired secret therefore stops working within that time.
/// </summary>
public sealed class AccessTokenLookup(IDbContextFactory<EvDashboardDbContext> contexts, AccessUsage usage, TimeProvider time)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(15);

    private const int MaxCachedEntries = 10_000;

    private readonly ConcurrentDictionary<string, CachedGrant> _cache = new(StringComparer.Ordinal);

    public async Task<AccessGrant?> FindApiKeyAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = SecretToken.Hash(secret);
        var grant = await FindAsync(
            "k:" + hash,
            async db => await db.ApiKeys.AsNoTracking().Where(k => k.Hash == hash)
                .Select(k => new AccessGrant(k.Id, k.Name, k.Role, k.ExpiresAt, k.RevokedAt, null))
                .FirstOrDefaultAsync(cancellationToken),
            cancellationToken);
        if (grant is not null)
        {
            usage.ApiKeyUsed(grant.Id, time.GetUtcNow());
        }

        return grant;
    }

    public async Task<AccessGrant?> FindDisplayTokenAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = SecretToken.Hash(secret);
        var grant = await FindAsync(
            "d:" + hash,
            async db => await db.DisplayTokens.AsNoTracking().Where(t => t.Hash == hash)
                .Select(t => new AccessGrant(t.Id, t.Name, null, t.ExpiresAt, t.RevokedAt, t.Site))
                .FirstOrDefaultAsync(cancellationToken),
            cancellationToken);
        if (grant is not null)
        {
            usage.DisplayTokenUsed(grant.Id, time.GetUtcNow());
        }

        return grant;
    }

    /// <summary>Whether a display token that let a wall in is still valid: a running wall re-checks this regularly.</summary>
    public async Task<bool> IsDisplayTokenValidAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.DisplayTokens.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new { t.RevokedAt, t.ExpiresAt })
            .FirstOrDefaultAsync(cancellationToken);
        var valid = token is not null && token.RevokedAt is null && (token.ExpiresAt is null || now < token.ExpiresAt);
        if (valid)
        {
            // A wall re-checks its token every minute for days: that is when it was last used.
            usage.DisplayTokenUsed(id, now);
        }

        return valid;
    }

    /// <summary>Drops cached answers at once, e.g. after a revocation in this process.</summary>
    public void Invalidate() => _cache.Clear();

    private async Task<AccessGrant?> FindAsync(string cacheKey, Func<EvDashboardDbContext, Task<AccessGrant?>> query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(cacheKey, out var cached) && cached.ReadAt + CacheLifetime > now)
        {
            return Valid(cached.Grant, now);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var grant = await query(db);
        if (_cache.Count >= MaxCachedEntries)
        {
            // Unknown secrets are cached too; a flood of made-up keys must not grow memory without bound.
            _cache.Clear();
        }

        _cache[cacheKey] = new CachedGrant(grant, now);
        return Valid(grant, now);
    }

    private static AccessGrant? Valid(AccessGrant? grant, DateTimeOffset now) =>
        grant is not null && grant.RevokedAt is null && (grant.ExpiresAt is null || now < grant.ExpiresAt) ? grant : null;

    private sealed record CachedGrant(AccessGrant? Grant, DateTimeOffset ReadAt);
}
