using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Admin;

/// <summary>API keys: create one (its secret is shown once), list them, revoke one. Every action re-checks the Administer policy.</summary>
public sealed partial class ApiKeysPage : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private IReadOnlyList<ApiKeyRow> _keys = [];
    private IssuedSecret? _issued;
    private string _name = string.Empty;
    private string _role = OperatorRoles.SiteStaff;
    private DateTime? _until;
    private bool _busy;

    private static readonly IReadOnlyList<RoleChoice> Roles = OperatorRoles.All.Select(r => new RoleChoice(r, OperatorRoles.Describe(r))).ToList();

    [Inject]
    private ApiKeyAdministration Keys { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    protected override async Task OnInitializedAsync() => _keys = await Keys.ListAsync(_lifetime.Token);

    private async Task CreateAsync()
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Administer) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Only an admin can create API keys.");
            return;
        }

        var expiresAt = AdminText.EndOfLocalDay(_until, Clock);
        if (string.IsNullOrWhiteSpace(_name) || (expiresAt is { } at && at <= Clock.UtcNow))
        {
            Notifications.Notify(NotificationSeverity.Warning, "Not created", "Give the key a name, and an expiry date that is not in the past.");
            return;
        }

        _busy = true;
        try
        {
            _issued = await Keys.CreateAsync(_name, _role, expiresAt, actor, _lifetime.Token);
            (_name, _until) = (string.Empty, null);
            _keys = await Keys.ListAsync(_lifetime.Token);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RevokeAsync(ApiKeyRow key)
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Administer) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Only an admin can revoke API keys.");
            return;
        }

        var question = $"Revoke the key “{key.Name}” ({key.Hint})? Clients using it get 401 at once. This cannot be undone.";
        if (await Dialogs.Confirm(question, "Revoke API key", new ConfirmOptions { OkButtonText = "Revoke", CancelButtonText = "Cancel" }) != true)
        {
            return;
        }

        _busy = true;
        try
        {
            await Keys.RevokeAsync(key.Id, actor, _lifetime.Token);
            Notifications.Notify(NotificationSeverity.Success, "Key revoked", key.Name);
            _keys = await Keys.ListAsync(_lifetime.Token);
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
