using EvDashboard.Core.Access.Queries;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Access;

/// <summary>
/// Creates, lists and revokes API keys. Each change and its audit entry are one unit of work; after a revocation
/// the lookup cache is dropped so the key stops working in this process at once, not after the cache lifetime.
/// </summary>
public sealed class ApiKeyAdministration(
    IDbContextFactory<EvDashboardDbContext> contexts, DatabaseWriter writer, AuditTrail audit, AccessTokenLookup lookup, TimeProvider time)
{
    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ApiKeys.AsNoTracking()
            .Select(k => new ApiKeyRow(k.Id, k.Name, k.Role, k.Hint, k.CreatedBy, k.CreatedAt, k.ExpiresAt, k.LastUsedAt, k.RevokedAt))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(k => k.RevokedAt is not null).ThenByDescending(k => k.CreatedAt).ToList();
    }

    /// <exception cref="ArgumentException">An empty or too long name, or an unknown role.</exception>
    public async Task<IssuedSecret> CreateAsync(string name, string role, DateTimeOffset? expiresAt, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(actor);
        if (name.Trim().Length > ApiKey.MaxNameLength)
        {
            throw new ArgumentException($"The name may have at most {ApiKey.MaxNameLength} characters.", nameof(name));
        }

        var secret = SecretToken.Create(ApiKey.Prefix);
        var key = new ApiKey(name, role, secret, time.GetUtcNow(), expiresAt, actor);
        var details = expiresAt is { } at ? $"Role {role}, expires {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC." : $"Role {role}, no expiry.";
        await writer.ExecuteAsync(
            (scope, _) =>
            {
                scope.Db.ApiKeys.Add(key);
                AuditTrail.Append(scope, audit.Entry(actor, "apikey.create", key.Name, AuditResult.Succeeded, details));
                return Task.CompletedTask;
            },
            cancellationToken);
        return new IssuedSecret(key.Id, key.Name, secret);
    }

    /// <returns>False when no such key exists; revoking a revoked key again changes nothing and is not audited twice.</returns>
    public async Task<bool> RevokeAsync(long id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var revoked = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var key = await scope.Db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
                if (key is null)
                {
                    return false;
                }

                if (key.RevokedAt is null)
                {
                    key.Revoke(time.GetUtcNow());
                    AuditTrail.Append(scope, audit.Entry(actor, "apikey.revoke", key.Name, AuditResult.Succeeded, $"Key #{key.Id} ({key.Hint})."));
                }

                return true;
            },
            cancellationToken);
        lookup.Invalidate();
        return revoked;
    }
}
