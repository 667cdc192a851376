using EvDashboard.Access;
using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Admin;

/// <summary>
/// Operator accounts: invite (the password link is shown once), roles, disable/enable, password reset and unlock.
/// Every action re-checks the Administer policy; the guard rails live in <see cref="OperatorAccounts"/>.
/// </summary>
public sealed partial class UsersPage : IDisposable
{
    private static readonly IReadOnlyList<RoleChoice> RoleChoices = OperatorRoles.All.Select(r => new RoleChoice(r, AdminText.Role(r))).ToList();

    private readonly CancellationTokenSource _lifetime = new();
    private IReadOnlyList<OperatorAccountRow> _accounts = [];
    private (string Title, string Url)? _link;
    private string _email = string.Empty;
    private string _displayName = string.Empty;
    private IEnumerable<string> _roles = [];
    private bool _busy;

    [Inject]
    private OperatorAccounts Accounts { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    protected override async Task OnInitializedAsync() => _accounts = await Accounts.ListAsync(_lifetime.Token);

    private Task InviteAsync()
    {
        var (email, name, roles) = (_email, _displayName, _roles.ToList());
        return RunAsync(null, $"Invitation link for {email}", async (actor, ct) =>
        {
            var change = await Accounts.InviteAsync(email, name, roles, actor, ct);
            if (change.Succeeded)
            {
                (_email, _displayName) = (string.Empty, string.Empty);
            }

            return change;
        });
    }

    private async Task EditRolesAsync(OperatorAccountRow account)
    {
        var chosen = await Dialogs.OpenAsync<RoleEditor>(
            $"Roles of {account.Email}", new Dictionary<string, object?> { [nameof(RoleEditor.Roles)] = account.Roles });
        if (chosen is IReadOnlyCollection<string> roles)
        {
            await RunAsync(null, null, (actor, ct) => Accounts.SetRolesAsync(account.Id, roles, actor, ct));
        }
    }

    private Task DisableAsync(OperatorAccountRow account) => RunAsync(
        $"Disable {account.Email}? They cannot sign in any more, and open sessions end within a minute.", null,
        (actor, ct) => Accounts.DisableAsync(account.Id, actor, ct));

    private Task EnableAsync(OperatorAccountRow account) => RunAsync(null, null, (actor, ct) => Accounts.EnableAsync(account.Id, actor, ct));

    private Task ResetPasswordAsync(OperatorAccountRow account) => RunAsync(
        $"Reset the password of {account.Email}? They are signed out everywhere and need the new link to choose a password.",
        $"Password link for {account.Email}",
        (actor, ct) => Accounts.ResetPasswordAsync(account.Id, actor, ct));

    private Task UnlockAsync(OperatorAccountRow account) => RunAsync(null, null, (actor, ct) => Accounts.UnlockAsync(account.Id, actor, ct));

    private async Task RunAsync(string? confirm, string? linkTitle, Func<Actor, CancellationToken, Task<AccountChange>> change)
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Administer) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Only an admin can change operator accounts.");
            return;
        }

        if (confirm is not null && await Dialogs.Confirm(confirm, "Please confirm", new ConfirmOptions { OkButtonText = "Yes", CancelButtonText = "Cancel" }) != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await change(actor, _lifetime.Token);
            if (!result.Succeeded)
            {
                Notifications.Notify(NotificationSeverity.Warning, "Not changed", result.Problem ?? string.Empty);
                return;
            }

            _link = result.PasswordLink is { } path && linkTitle is not null ? (linkTitle, Navigation.BaseUri.TrimEnd('/') + path) : _link;
            Notifications.Notify(NotificationSeverity.Success, "Saved");
            _accounts = await Accounts.ListAsync(_lifetime.Token);
        }
        finally
        {
            _busy = false;
        }
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
