using EvDashboard.Components.Shared;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.IdTags;

/// <summary>Creates or edits one idTag in a dialog; closes with true once saved (and audited).</summary>
public sealed partial class IdTagEditor
{
    private static readonly BudgetPeriod?[] Periods = [BudgetPeriod.Day, BudgetPeriod.Week, BudgetPeriod.Month];

    private string? _error;
    private bool _saving;

    [Inject]
    private IdTagAdministration Administration { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    [Parameter, EditorRequired]
    public IdTagEditModel Model { get; set; } = default!;

    [Parameter]
    public bool IsNew { get; set; }

    private async Task SaveAsync()
    {
        var value = Model.IdTag.Trim();
        if (IsNew && !IdTag.IsValidValue(value))
        {
            _error = $"An idTag is 1..{IdTag.MaxLength} printable ASCII characters.";
            return;
        }

        if (Model.ToSettings(out _error) is not { } settings)
        {
            return;
        }

        _saving = true;
        var actor = await CurrentActor.FromAsync(AuthenticationStateTask);
        var result = IsNew
            ? await Administration.CreateAsync(value, settings, actor, CancellationToken.None)
            : await Administration.UpdateAsync(value, settings, actor, CancellationToken.None);
        _saving = false;
        _error = result switch
        {
            IdTagChangeResult.AlreadyExists => $"An idTag {value} exists already (idTags are compared regardless of case).",
            IdTagChangeResult.NotFound => $"{value} no longer exists.",
            _ => null,
        };
        if (_error is null)
        {
            Dialogs.Close(true);
        }
    }
}
