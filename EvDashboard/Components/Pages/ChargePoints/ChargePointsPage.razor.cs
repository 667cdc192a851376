using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Live;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.ChargePoints;

/// <summary>
/// Charge point administration (distinct from the live /stations board): add, edit, remove, keys, and the charge
/// points awaiting approval. Connection changes update the rows live; a charger that is not listed yet shows a
/// refresh hint rather than reshuffling the table under the operator's cursor.
/// </summary>
public sealed partial class ChargePointsPage
{
    private readonly CancellationTokenSource _lifetime = new();
    private List<ChargePointView> _all = [];
    private ChargePointForm? _form;
    private NewKeyShown? _newKey;
    private bool _busy;
    private bool _stale;

    [Inject]
    private ChargePointQueries Queries { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [Inject]
    private ChargePointAdministration Administration { get; set; } = default!;

    [Inject]
    private ChargePointKeys Keys { get; set; } = default!;

    [Inject]
    private ChargePointApprovals Approvals { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    private List<ChargePointView> Awaiting => _all.FindAll(c => c.Approval != ChargePointApproval.Approved);

    private List<ChargePointView> Approved => _all.FindAll(c => c.Approval == ChargePointApproval.Approved);

    protected override async Task LoadAsync()
    {
        _all = [.. await Queries.ListAsync(_lifetime.Token)];
        _stale = false;
    }

    protected override bool IsRelevant(LiveEvent liveEvent) => liveEvent is ChargePointConnectionChanged or ChargePointBooted;

    protected override bool Apply(LiveEvent liveEvent)
    {
        var index = _all.FindIndex(c => c.Id == liveEvent.ChargePointId);
        if (index < 0)
        {
            _stale = true;
            return true;
        }

        if (liveEvent is ChargePointConnectionChanged changed)
        {
            _all[index] = _all[index] with { Online = changed.IsOnline };
        }
        else if (liveEvent is ChargePointBooted booted)
        {
            _all[index] = _all[index] with { Vendor = booted.Vendor, Model = booted.Model, FirmwareVersion = booted.FirmwareVersion, LastBootAt = booted.At };
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
        base.Dispose(disposing);
    }

    private Task RefreshAsync() => ReloadAsync();

    private void StartAdd() => _form = new ChargePointForm { IsNew = true };

    private void StartEdit(ChargePointView cp) => _form = new ChargePointForm
    {
        Id = cp.Id,
        Name = cp.Name,
        Profile = (SecurityProfile)cp.SecurityProfile,
        HasKey = cp.HasKey,
        Online = cp.Online,
    };

    private Task SaveAsync() => RunAsync(async actor =>
    {
        var form = _form!;
        // Profiles 1 and 2 authenticate with a key: one is made here when the charge point has none.
        byte[]? key = null;
        string? hex = null;
        if (form.Profile != SecurityProfile.None && !form.HasKey)
        {
            if (form.Online)
            {
                Notify(NotificationSeverity.Warning, "Not saved", $"{form.Id} is connected and has no key: send it one with Rotate key first, then raise its profile.");
                return;
            }

            if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Administer) is null)
            {
                Notify(NotificationSeverity.Error, "Not saved", "Profiles 1 and 2 need a key, and charge point keys are for Admins.");
                return;
            }

            (key, hex) = ChargePointKeyHasher.Generate();
        }

        var result = form.IsNew
            ? await Administration.CreateAsync(form.Id.Trim(), form.Name, form.Profile, key, actor, _lifetime.Token)
            : await Administration.UpdateAsync(form.Id, new ChargePointEdit(form.Name ?? string.Empty, key, Profile: form.Profile), actor, _lifetime.Token);
        if (result is not (ChargePointChangeResult.Created or ChargePointChangeResult.Updated))
        {
            Notify(NotificationSeverity.Error, "Not saved", ChargePointWords.ChangeFailure(result));
            return;
        }

        _form = null;
        _newKey = hex is null ? null : new NewKeyShown(form.Id.Trim(), hex, "Enter this key at the charger before it next connects.");
        Notify(NotificationSeverity.Success, form.IsNew ? "Charge point added" : "Charge point saved", form.Id);
        await ReloadAsync();
    });

    private Task NewKeyAsync(ChargePointView cp) => RunAsync(async actor =>
    {
        var question = cp.Online
            ? $"Send {cp.Id} a new key? It is sent first (ChangeConfiguration AuthorizationKey); the stored key switches only when the charger accepts it."
            : $"Make a new key for {cp.Id}? Its current key stops working at once; it connects again once the new key is entered at the charger.";
        if (!await ConfirmAsync(question, cp.Online ? "Rotate key?" : "Generate key?", cp.Online ? "Send new key" : "Generate key"))
        {
            return;
        }

        var outcome = await Keys.NewKeyAsync(cp.Id, actor, _lifetime.Token);
        if (!outcome.IsStored)
        {
            Notify(NotificationSeverity.Error, "Key not switched: the old key stays", outcome.Detail ?? ChargePointWords.ChangeFailure(ChargePointChangeResult.NotFound));
            return;
        }

        _newKey = new NewKeyShown(cp.Id, outcome.KeyHex!, outcome.Status == KeyChangeStatus.Rotated
            ? "The charger accepted it and uses it from now on; the old key no longer works."
            : "Enter it at the charger (configuration key AuthorizationKey).");
        await ReloadAsync();
    }, AccessPolicies.Administer);

    private Task RemoveAsync(ChargePointView cp) => RunAsync(async actor =>
    {
        if (!await ConfirmAsync(
            $"Remove {cp.Id}{(cp.Name is null ? string.Empty : $" ({cp.Name})")}? Its connectors and status history go with it; the audit log stays. A charge point with charging sessions cannot be removed.",
            "Remove charge point?",
            "Remove"))
        {
            return;
        }

        var result = await Administration.DeleteAsync(cp.Id, actor, _lifetime.Token);
        if (result != ChargePointChangeResult.Deleted)
        {
            Notify(NotificationSeverity.Error, $"{cp.Id} was not removed", ChargePointWords.ChangeFailure(result));
            return;
        }

        Notify(NotificationSeverity.Success, "Charge point removed", cp.Id);
        await ReloadAsync();
    });

    private Task ApproveAsync(ChargePointView cp) => RunAsync(async actor =>
    {
        var outcome = await Approvals.ApproveAsync(cp.Id, actor, _lifetime.Token);
        var detail = outcome.Trigger is { } trigger
            ? $"Asked it to boot again (TriggerMessage BootNotification): {trigger.Status}."
            : "It is accepted at its next BootNotification.";
        Notify(outcome.Result == ChargePointChangeResult.Updated ? NotificationSeverity.Success : NotificationSeverity.Error,
            outcome.Result == ChargePointChangeResult.Updated ? $"{cp.Id} approved" : ChargePointWords.ChangeFailure(outcome.Result), detail);
        await ReloadAsync();
    });

    private Task RejectAsync(ChargePointView cp) => RunAsync(async actor =>
    {
        if (!await ConfirmAsync($"Reject {cp.Id}? Its next connection is refused. You can approve it later.", "Reject charge point?", "Reject"))
        {
            return;
        }

        var outcome = await Approvals.RejectAsync(cp.Id, actor, _lifetime.Token);
        Notify(outcome.Result == ChargePointChangeResult.Updated ? NotificationSeverity.Info : NotificationSeverity.Error,
            outcome.Result == ChargePointChangeResult.Updated ? $"{cp.Id} rejected" : ChargePointWords.ChangeFailure(outcome.Result), null);
        await ReloadAsync();
    });

    /// <summary>
    /// One action at a time, only when the signed-in operator's role allows it (checked here on the server, not only
    /// by hiding the button), with the operator as the actor of its audit entry.
    /// </summary>
    private async Task RunAsync(Func<Actor, Task> action, string policy = AccessPolicies.Operate)
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, policy) is not { } actor)
        {
            Notify(NotificationSeverity.Error, "Not allowed", policy == AccessPolicies.Administer
                ? "Charge point keys are for Admins."
                : "Your role cannot change charge points.");
            return;
        }

        _busy = true;
        try
        {
            await action(actor);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<bool> ConfirmAsync(string question, string title, string ok) =>
        await Dialogs.Confirm(question, title, new ConfirmOptions { OkButtonText = ok, CancelButtonText = "Cancel" }) == true;

    private void Notify(NotificationSeverity severity, string summary, string? detail) =>
        Notifications.Notify(new NotificationMessage { Severity = severity, Summary = summary, Detail = detail ?? string.Empty, Duration = 10_000 });
}
