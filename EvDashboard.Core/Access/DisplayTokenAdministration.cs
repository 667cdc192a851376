using EvDashboard.Core.Access.Queries;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Access;

/// <summary>
/// Creates, lists and revokes wall display tokens. Each change and its audit entry are one unit of work; a
/// revocation drops the lookup cache so a wall link stops working at once, and running walls end at their next
/// re-check (<see cref="AccessTokenLookup.IsDisplayTokenValidAsync"/>).
/// </summary>
public sealed class DisplayTokenAdministration(
    IDbContextFactory<EvDashboardDbContext> contexts, DatabaseWriter writer, AuditTrail audit, AccessTokenLookup lookup, TimeProvider time)
{
    public const int MaxSiteLength = 80;

    public async Task<IReadOnlyList<DisplayTokenRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DisplayTokens.AsNoTracking()
            .Select(t => new DisplayTokenRow(t.Id, t.Name, t.Site, t.Hint, t.CreatedBy, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(t => t.RevokedAt is not null).ThenByDescending(t => t.CreatedAt).ToList();
    }

    /// <exception cref="ArgumentException">An empty or too long name or site.</exception>
    public async Task<IssuedSecret> CreateAsync(string name, string? site, DateTimeOffset? expiresAt, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(actor);
        if (name.Trim().Length > DisplayToken.MaxNameLength)
        {
            throw new ArgumentException($"The name may have at most {DisplayToken.MaxNameLength} characters.", nameof(name));
        }

        if (site?.Trim().Length > MaxSiteLength)
        {
            throw new ArgumentException($"The site may have at most {MaxSiteLength} characters.", nameof(site));
        }

        var secret = SecretToken.Create(DisplayToken.Prefix);
        var token = new DisplayToken(name, site, secret, time.GetUtcNow(), expiresAt, actor);
        var details = (token.Site is null ? "All sites" : $"Site {token.Site}")
            + (expiresAt is { } at ? $", expires {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC." : ", no expiry.");
        await writer.ExecuteAsync(
            (scope, _) =>
            {
                scope.Db.DisplayTokens.Add(token);
                AuditTrail.Append(scope, audit.Entry(actor, "display.create", token.Name, AuditResult.Succeeded, details));
                return Task.CompletedTask;
            },
            cancellationToken);
        return new IssuedSecret(token.Id, token.Name, secret);
    }

    /// <returns>False when no such token exists; revoking a revoked token again changes nothing and is not audited twice.</returns>
    public async Task<bool> RevokeAsync(long id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var revoked = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var token = await scope.Db.DisplayTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
                if (token is null)
                {
                    return false;
                }

                if (token.RevokedAt is null)
                {
                    token.Revoke(time.GetUtcNow());
                    AuditTrail.Append(scope, audit.Entry(actor, "display.revoke", token.Name, AuditResult.Succeeded, $"Token #{token.Id} ({token.Hint})."));
                }

                return true;
            },
            cancellationToken);
        lookup.Invalidate();
        return revoked;
    }
}
