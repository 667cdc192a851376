using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Admin;

/// <summary>display tokens: create one (its secret is shown once), list them, revoke one. Every action re-checks the Administer policy.</summary>
public sealed partial class DisplayTokensPage : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private IReadOnlyList<DisplayTokenRow> _tokens = [];
    private (string Name, string Url)? _link;
    private string _name = string.Empty;
    private string _site = string.Empty;
    private DateTime? _until;
    private bool _busy;

    [Inject]
    private DisplayTokenAdministration Tokens { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    protected override async Task OnInitializedAsync() => _tokens = await Tokens.ListAsync(_lifetime.Token);

    private async Task CreateAsync()
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Administer) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Only an admin can create display tokens.");
            return;
        }

        var expiresAt = AdminText.EndOfLocalDay(_until, Clock);
        if (string.IsNullOrWhiteSpace(_name) || (expiresAt is { } at && at <= Clock.UtcNow))
        {
            Notifications.Notify(NotificationSeverity.Warning, "Not created", "Give the token a name, and an expiry date that is not in the past.");
            return;
        }

        _busy = true;
        try
        {
            var issued = await Tokens.CreateAsync(_name, _site, expiresAt, actor, _lifetime.Token);
            _link = (issued.Name, $"{Navigation.BaseUri.TrimEnd('/')}/wall?token={Uri.EscapeDataString(issued.Secret)}");
            (_name, _site, _until) = (string.Empty, string.Empty, null);
            _tokens = await Tokens.ListAsync(_lifetime.Token);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RevokeAsync(DisplayTokenRow token)
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Administer) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Only an admin can revoke display tokens.");
            return;
        }

        var question = $"Revoke the display token “{token.Name}” ({token.Hint})? Its wall stops within a minute. This cannot be undone.";
        if (await Dialogs.Confirm(question, "Revoke display token", new ConfirmOptions { OkButtonText = "Revoke", CancelButtonText = "Cancel" }) != true)
        {
            return;
        }

        _busy = true;
        try
        {
            await Tokens.RevokeAsync(token.Id, actor, _lifetime.Token);
            Notifications.Notify(NotificationSeverity.Success, "Token revoked", token.Name);
            _tokens = await Tokens.ListAsync(_lifetime.Token);
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
