using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;
using EvDashboard.Core.Tariffs.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Tariffs;

/// <summary>
/// Creates or edits a tariff: every component with its bands, messages beside each field as they are entered, a
/// live preview of a sample session, versions and assignments. Saving unchanged prices adds no version.
/// </summary>
public sealed partial class TariffEditorPage : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private TariffDetail? _detail;
    private TariffDraft? _draft;
    private TariffDefinition? _definition;
    private TariffErrors? _errors;
    private bool _canEdit;
    private bool _loaded;
    private bool _busy;

    [Inject]
    private TariffQueries Queries { get; set; } = default!;

    [Inject]
    private TariffAdministration Administration { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    [Parameter]
    public int? Id { get; set; }

    private bool IsNew => Id is null;

    protected override async Task OnParametersSetAsync()
    {
        _canEdit = await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Manage) is not null;
        await ReloadAsync();
        _loaded = true;
    }

    private async Task ReloadAsync()
    {
        _detail = Id is { } id ? await Queries.GetAsync(id, _lifetime.Token) : null;
        _draft = (IsNew, _detail) switch
        {
            (true, _) => TariffDraft.New(),
            (false, { Definition: { } definition } detail) => TariffDraft.From(detail.Name, detail.Description, definition),
            _ => null,
        };
        _errors = null;
        _definition = _draft?.Check().Definition;
    }

    /// <summary>Versions, assignments and the archived flag again, keeping unsaved edits in the form.</summary>
    private async Task RefreshDetailAsync() => _detail = Id is { } id ? await Queries.GetAsync(id, _lifetime.Token) : null;

    /// <summary>After each field change: every rule again (cheap, in memory), plus the name's uniqueness in the database.</summary>
    private async Task RevalidateAsync()
    {
        if (_draft is null)
        {
            return;
        }

        var (definition, errors) = _draft.Check();
        if (errors.For("Name") is null && await Queries.NameTakenAsync(_draft.Name, Id, _lifetime.Token))
        {
            errors.Add("Name", $"A tariff named '{_draft.Name.Trim()}' exists already (names are compared regardless of case).");
        }

        (_definition, _errors) = (errors.IsEmpty ? definition : null, errors);
    }

    private async Task SaveAsync()
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Manage) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Only a manager or an admin can change tariffs.");
            return;
        }

        await RevalidateAsync();
        if (_definition is null || _draft is null)
        {
            Notifications.Notify(NotificationSeverity.Warning, "Not saved", "Fix the fields marked in red first.");
            return;
        }

        _busy = true;
        try
        {
            await (IsNew ? CreateAsync(actor) : UpdateAsync(actor));
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CreateAsync(Core.Audit.Actor actor)
    {
        var result = await Administration.CreateAsync(_draft!.Name, _draft.Description, _definition, actor, _lifetime.Token);
        if (result.Status != TariffChangeStatus.Created)
        {
            _errors = result.Errors;
            return;
        }

        Notifications.Notify(NotificationSeverity.Success, "Tariff created", $"{_draft.Name.Trim()}, version 1");
        Navigation.NavigateTo($"/tariffs/{result.TariffId}");
    }

    private async Task UpdateAsync(Core.Audit.Actor actor)
    {
        var renamed = await Administration.RenameAsync(Id!.Value, _draft!.Name, _draft.Description, actor, _lifetime.Token);
        var saved = renamed.Status == TariffChangeStatus.Invalid ? renamed : await Administration.SaveVersionAsync(Id.Value, _definition, actor, _lifetime.Token);
        if (!saved.Succeeded)
        {
            _errors = saved.Errors;
            if (saved.Status == TariffChangeStatus.NotFound)
            {
                Notifications.Notify(NotificationSeverity.Error, "Not saved", "This tariff no longer exists.");
            }

            return;
        }

        var summary = saved.Status == TariffChangeStatus.Saved
            ? $"Version {saved.Version} saved; new sessions use it."
            : "The prices are unchanged, so no new version was made.";
        Notifications.Notify(NotificationSeverity.Success, renamed.Status == TariffChangeStatus.Saved ? "Name saved" : "Saved", summary);
        await ReloadAsync();
    }

    private async Task ToggleArchivedAsync()
    {
        if (_detail is null || await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Manage) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Only a manager or an admin can archive tariffs.");
            return;
        }

        var archive = !_detail.IsArchived;
        await Administration.SetArchivedAsync(_detail.Id, archive, actor, _lifetime.Token);
        Notifications.Notify(NotificationSeverity.Success, archive ? "Archived" : "Restored",
            archive ? "No new session gets this tariff; sessions that used it keep it." : "The tariff can be assigned again.");
        await RefreshDetailAsync();
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
