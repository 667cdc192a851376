using System.Net;
using EvDashboard.Access;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Admin;

/// <summary>The users page's service against real Identity stores: changes, guard rails and their audit entries.</summary>
public sealed class OperatorAccountsTests : IAsyncLifetime
{
    private const string AdminEmail = "ana@example.com";

    private static readonly Actor AdminActor = new(AdminEmail);

    private readonly EvDashboardFactory _factory = new();
    private AsyncServiceScope _scope;
    private OperatorUser _admin = default!;

    public async Task InitializeAsync()
    {
        _admin = await OperatorLogin.CreateUserAsync(_factory, AdminEmail, OperatorRoles.Admin);
        _scope = _factory.Services.CreateAsyncScope();
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private OperatorAccounts Accounts => _scope.ServiceProvider.GetRequiredService<OperatorAccounts>();

    [Fact]
    public async Task InviteAsync_LinkSetsThePassword_ThenTheInvitedUserSignsIn()
    {
        var change = await Accounts.InviteAsync(" bo@example.com ", "Bo", [OperatorRoles.Operator], AdminActor, CancellationToken.None);
        var browser = OperatorLogin.CreateBrowser(_factory);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + change.PasswordLink).Query);
        var antiforgery = await OperatorLogin.AntiforgeryTokenAsync(browser, change.PasswordLink!);

        using var set = await browser.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserId"] = query["user"]!,
            ["Token"] = query["token"]!,
            ["Password"] = "a brand new passphrase",
            ["ConfirmPassword"] = "a brand new passphrase",
            ["__RequestVerificationToken"] = antiforgery,
        }));
        using var login = await OperatorLogin.PostLoginAsync(browser, "bo@example.com", "a brand new passphrase");

        Assert.True(change.Succeeded, change.Problem);
        Assert.StartsWith("/account/password?user=", change.PasswordLink, StringComparison.Ordinal);
        Assert.Equal("/login?info=password-set", set.Headers.Location?.OriginalString);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
        var row = (await Accounts.ListAsync(CancellationToken.None)).Single(u => u.Email == "bo@example.com");
        Assert.Equal("Bo", row.DisplayName);
        Assert.Equal([OperatorRoles.Operator], row.Roles);
        await AssertAuditedAsync("user.invite", "bo@example.com");
    }

    [Fact]
    public async Task InviteAsync_ExistingAddressOrNoRole_RefusedWithAReason()
    {
        var duplicate = await Accounts.InviteAsync(AdminEmail, null, [OperatorRoles.Manager], AdminActor, CancellationToken.None);
        var noRole = await Accounts.InviteAsync("cy@example.com", null, [], AdminActor, CancellationToken.None);

        Assert.Equal("An account with this e-mail address exists already.", duplicate.Problem);
        Assert.Equal("Choose at least one role.", noRole.Problem);
        Assert.Null(duplicate.PasswordLink);
    }

    [Fact]
    public async Task SelfAndLastAdmin_GuardRails_RefuseAndChangeNothing()
    {
        var selfDisable = await Accounts.DisableAsync(_admin.Id, AdminActor, CancellationToken.None);
        var selfDemote = await Accounts.SetRolesAsync(_admin.Id, [OperatorRoles.Operator], AdminActor, CancellationToken.None);
        var lastDisable = await Accounts.DisableAsync(_admin.Id, Actor.System, CancellationToken.None);
        var lastDemote = await Accounts.SetRolesAsync(_admin.Id, [OperatorRoles.Manager], Actor.System, CancellationToken.None);

        Assert.StartsWith("You cannot disable your own account", selfDisable.Problem, StringComparison.Ordinal);
        Assert.StartsWith("You cannot remove the Admin role from your own account", selfDemote.Problem, StringComparison.Ordinal);
        Assert.StartsWith("Cannot disable the last enabled admin", lastDisable.Problem, StringComparison.Ordinal);
        Assert.StartsWith("Cannot remove the Admin role from the last enabled admin", lastDemote.Problem, StringComparison.Ordinal);
        var row = Assert.Single(await Accounts.ListAsync(CancellationToken.None));
        Assert.Equal([OperatorRoles.Admin], row.Roles);
        Assert.False(row.IsDisabled);
        await using var db = _factory.CreateDbContext();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action.StartsWith("user.")));
    }

    [Fact]
    public async Task DisableAsync_SecondAdmin_DisabledSessionEndsAndLoginRefused_ThenEnabled()
    {
        var other = await OperatorLogin.CreateUserAsync(_factory, "dee@example.com", OperatorRoles.Admin);
        var stampBefore = other.SecurityStamp;

        var disabled = await Accounts.DisableAsync(other.Id, AdminActor, CancellationToken.None);
        using var refused = await OperatorLogin.PostLoginAsync(OperatorLogin.CreateBrowser(_factory), "dee@example.com", OperatorLogin.Password);
        var users = _scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();
        var stored = await users.FindByIdAsync(other.Id);
        var enabled = await Accounts.EnableAsync(other.Id, AdminActor, CancellationToken.None);

        Assert.True(disabled.Succeeded && enabled.Succeeded);
        Assert.NotEqual(stampBefore, stored!.SecurityStamp);
        Assert.StartsWith("/login?error=", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.False(Assert.Single(await Accounts.ListAsync(CancellationToken.None), u => u.Id == other.Id).IsDisabled);
        await AssertAuditedAsync("user.disable", "dee@example.com");
        await AssertAuditedAsync("user.enable", "dee@example.com");
    }

    [Fact]
    public async Task SetRolesAsync_ReplacesRolesAndChangesTheStamp()
    {
        var other = await OperatorLogin.CreateUserAsync(_factory, "eve@example.com", OperatorRoles.SiteStaff);

        var change = await Accounts.SetRolesAsync(other.Id, [OperatorRoles.Manager, OperatorRoles.Operator], AdminActor, CancellationToken.None);

        Assert.True(change.Succeeded);
        var row = Assert.Single(await Accounts.ListAsync(CancellationToken.None), u => u.Id == other.Id);
        Assert.Equal([OperatorRoles.Operator, OperatorRoles.Manager], row.Roles);
        await AssertAuditedAsync("user.roles", "eve@example.com", "From SiteStaff to Operator, Manager.");
    }

    [Fact]
    public async Task ResetPasswordAsync_OldSessionEnds_LinkIsValid()
    {
        var other = await OperatorLogin.CreateUserAsync(_factory, "flo@example.com", OperatorRoles.Operator);

        var change = await Accounts.ResetPasswordAsync(other.Id, AdminActor, CancellationToken.None);

        var users = _scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();
        var stored = (await users.FindByIdAsync(other.Id))!;
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + change.PasswordLink).Query)["token"]!;
        Assert.NotEqual(other.SecurityStamp, stored.SecurityStamp);
        Assert.True(await users.VerifyUserTokenAsync(stored, users.Options.Tokens.PasswordResetTokenProvider, UserManager<OperatorUser>.ResetPasswordTokenPurpose, token!));
        await AssertAuditedAsync("user.reset-password", "flo@example.com");
    }

    [Fact]
    public async Task UnlockAsync_LockedOutUser_CanSignInAgain()
    {
        var other = await OperatorLogin.CreateUserAsync(_factory, "gus@example.com", OperatorRoles.Operator);
        var users = _scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();
        await users.SetLockoutEndDateAsync((await users.FindByIdAsync(other.Id))!, DateTimeOffset.UtcNow.AddHours(1));
        Assert.True(Assert.Single(await Accounts.ListAsync(CancellationToken.None), u => u.Id == other.Id).IsLockedOut);

        await Accounts.UnlockAsync(other.Id, AdminActor, CancellationToken.None);
        using var login = await OperatorLogin.PostLoginAsync(OperatorLogin.CreateBrowser(_factory), "gus@example.com", OperatorLogin.Password);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
        await AssertAuditedAsync("user.unlock", "gus@example.com");
    }

    private async Task AssertAuditedAsync(string action, string target, string? details = null)
    {
        await using var db = _factory.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == action);
        Assert.Equal((AdminEmail, target, "Succeeded"), (entry.Actor, entry.Target, entry.Result));
        if (details is not null)
        {
            Assert.Equal(details, entry.Details);
        }
    }
}
