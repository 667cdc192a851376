using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Access;

/// <summary>
/// The users page's changes to operator accounts, through Identity's <see cref="UserManager{TUser}"/> (which
/// writes its own tables), each followed by an audit entry. Guard rails: nobody disables or demotes themselves,
/// and the last enabled Admin stays an enabled Admin, so the installation can never lose its last administrator.
/// </summary>
internal sealed class OperatorAccounts(
    UserManager<OperatorUser> users, IDbContextFactory<EvDashboardDbContext> contexts, AuditTrail audit, TimeProvider time)
{
    public async Task<IReadOnlyList<OperatorAccountRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).AsNoTracking().ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var accounts = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsDisabled, u.LockoutEnd, u.LastSignInAt, u.CreatedAt })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return accounts
            .Select(u => new OperatorAccountRow(
                u.Id, u.Email ?? string.Empty, u.DisplayName, byUser[u.Id].OrderBy(RoleOrder).ToList(), u.IsDisabled,
                u.LockoutEnd is { } end && end > now, u.LastSignInAt, u.CreatedAt))
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Creates an account without a password; the link lets the invited person choose one.</summary>
    public async Task<AccountChange> InviteAsync(string email, string? displayName, IReadOnlyCollection<string> roles, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        email = email?.Trim() ?? string.Empty;
        if (roles.Count == 0 || !roles.All(OperatorRoles.IsRole))
        {
            return AccountChange.Refused("Choose at least one role.");
        }

        var user = new OperatorUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return AccountChange.Refused(PasswordRules.Describe(PasswordRules.Code(created)));
        }

        await users.AddToRolesAsync(user, roles);
        var link = await PasswordLinkAsync(user);
        await audit.RecordAsync(actor, "user.invite", email, AuditResult.Succeeded, $"Roles: {string.Join(", ", roles)}.", null, cancellationToken);
        return AccountChange.Done(link);
    }

    public async Task<AccountChange> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AccountChange.Refused("This account does not exist any more.");
        }

        if (roles.Count == 0 || !roles.All(OperatorRoles.IsRole))
        {
            return AccountChange.Refused("Choose at least one role.");
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(OperatorRoles.Admin) && !roles.Contains(OperatorRoles.Admin)
            && await KeepsAdminAsync(user, actor, "remove the Admin role from") is { } refusal)
        {
            return refusal;
        }

        await users.RemoveFromRolesAsync(user, current.Except(roles, StringComparer.Ordinal));
        await users.AddToRolesAsync(user, roles.Except(current, StringComparer.Ordinal));
        // A new stamp makes open sessions re-read their roles at the next check (AccessRevalidation).
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(actor, "user.roles", user.Email, AuditResult.Succeeded,
            $"From {Joined(current)} to {Joined(roles)}.", null, cancellationToken);
        return AccountChange.Done();
    }

    public async Task<AccountChange> DisableAsync(string userId, Actor actor, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AccountChange.Refused("This account does not exist any more.");
        }

        if (IsSelf(user, actor))
        {
            return AccountChange.Refused("You cannot disable your own account: ask another admin.");
        }

        if (await users.IsInRoleAsync(user, OperatorRoles.Admin) && await KeepsAdminAsync(user, actor, "disable") is { } refusal)
        {
            return refusal;
        }

        user.IsDisabled = true;
        await users.UpdateAsync(user);
        // Ends the account's open sessions within a minute (AccessRevalidation compares the stamp).
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(actor, "user.disable", user.Email, AuditResult.Succeeded, null, null, cancellationToken);
        return AccountChange.Done();
    }

    public async Task<AccountChange> EnableAsync(string userId, Actor actor, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AccountChange.Refused("This account does not exist any more.");
        }

        user.IsDisabled = false;
        await users.UpdateAsync(user);
        await audit.RecordAsync(actor, "user.enable", user.Email, AuditResult.Succeeded, null, null, cancellationToken);
        return AccountChange.Done();
    }

    /// <summary>Signs the account out everywhere and returns a link to choose a new password; the old one keeps working until then.</summary>
    public async Task<AccountChange> ResetPasswordAsync(string userId, Actor actor, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AccountChange.Refused("This account does not exist any more.");
        }

        // The stamp changes first: the reset token embeds the stamp, so a later change would void the new link.
        await users.UpdateSecurityStampAsync(user);
        var link = await PasswordLinkAsync(user);
        await audit.RecordAsync(actor, "user.reset-password", user.Email, AuditResult.Succeeded, null, null, cancellationToken);
        return AccountChange.Done(link);
    }

    public async Task<AccountChange> UnlockAsync(string userId, Actor actor, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AccountChange.Refused("This account does not exist any more.");
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(actor, "user.unlock", user.Email, AuditResult.Succeeded, null, null, cancellationToken);
        return AccountChange.Done();
    }

    /// <summary>Refuses when <paramref name="user"/> (an Admin) is the actor, or the last enabled Admin.</summary>
    private async Task<AccountChange?> KeepsAdminAsync(OperatorUser user, Actor actor, string verb)
    {
        if (IsSelf(user, actor))
        {
            return AccountChange.Refused($"You cannot {verb} your own account: ask another admin.");
        }

        var admins = await users.GetUsersInRoleAsync(OperatorRoles.Admin);
        return admins.Any(a => !a.IsDisabled && a.Id != user.Id)
            ? null
            : AccountChange.Refused($"Cannot {verb} the last enabled admin: make another account Admin first.");
    }

    /// <summary>The actor of a signed-in operator is their user name (the e-mail address).</summary>
    private static bool IsSelf(OperatorUser user, Actor actor) => string.Equals(user.UserName, actor.Name, StringComparison.OrdinalIgnoreCase);

    private async Task<string> PasswordLinkAsync(OperatorUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"/account/password?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
    }

    private static int RoleOrder(string role) => OperatorRoles.All.ToList().IndexOf(role);

    private static string Joined(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles.OrderBy(RoleOrder)) : "no role";
}
