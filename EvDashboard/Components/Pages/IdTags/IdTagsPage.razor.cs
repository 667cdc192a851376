using EvDashboard.Components.Shared;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Radzen.Blazor;

namespace EvDashboard.Components.Pages.IdTags;

/// <summary>The idTag administration list: search, status filter, paging; create, edit, block and unblock.</summary>
public sealed partial class IdTagsPage
{
    private static readonly (string Text, IdTagStatus? Value)[] StatusValues =
        Enum.GetValues<IdTagStatus>().Select(s => (s.ToString(), (IdTagStatus?)s)).ToArray();

    private RadzenDataGrid<IdTagRow> _grid = default!;
    private IReadOnlyList<IdTagRow> _rows = [];
    private int _total;
    private bool _loading;
    private IdTagSearch _search = new();

    [Inject]
    private IdTagQueries Queries { get; set; } = default!;

    [Inject]
    private IdTagAdministration Administration { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    private static IEnumerable<object> StatusChoices => StatusValues.Select(s => new { s.Text, s.Value });

    // The first page is read before the first render, so the list shows without waiting for the grid's own first LoadData.
    protected override Task OnInitializedAsync() => FetchAsync();

    private Task LoadAsync(LoadDataArgs args)
    {
        _search = _search with { Skip = args.Skip ?? 0, Take = args.Top ?? 25 };
        return FetchAsync();
    }

    private async Task FetchAsync()
    {
        _loading = true;
        var page = await Queries.SearchAsync(_search, CancellationToken.None);
        (_rows, _total, _loading) = (page.Rows, page.Total, false);
    }

    private async Task OnSearchAsync(ChangeEventArgs e)
    {
        _search = _search with { Text = e.Value as string, Skip = 0 };
        await _grid.FirstPage(forceReload: true);
    }

    private async Task OnStatusAsync(IdTagStatus? status)
    {
        _search = _search with { Status = status, Skip = 0 };
        await _grid.FirstPage(forceReload: true);
    }

    private Task CreateAsync() => OpenEditorAsync("New idTag", new IdTagEditModel(), isNew: true);

    private Task EditAsync(IdTagView tag) => OpenEditorAsync($"Edit {tag.IdTag}", IdTagEditModel.From(tag), isNew: false);

    private async Task OpenEditorAsync(string title, IdTagEditModel model, bool isNew)
    {
        var saved = await Dialogs.OpenAsync<IdTagEditor>(title,
            new Dictionary<string, object?> { [nameof(IdTagEditor.Model)] = model, [nameof(IdTagEditor.IsNew)] = isNew },
            new DialogOptions { Width = "36rem" });
        if (saved is true)
        {
            await _grid.Reload();
        }
    }

    private async Task SetBlockedAsync(string idTag, bool blocked)
    {
        var actor = await CurrentActor.FromAsync(AuthenticationStateTask);
        var result = await Administration.SetBlockedAsync(idTag, blocked, actor, CancellationToken.None);
        Notifications.Notify(result == IdTagChangeResult.Updated
            ? new NotificationMessage { Severity = NotificationSeverity.Success, Summary = blocked ? $"{idTag} blocked" : $"{idTag} unblocked" }
            : new NotificationMessage { Severity = NotificationSeverity.Error, Summary = $"{idTag} no longer exists" });
        await _grid.Reload();
    }

    private string DateText(DateTimeOffset? at, string none) => at is { } value ? Clock.ToLocal(value).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : none;

    private static BadgeStyle StatusStyle(IdTagStatus status) => status switch
    {
        IdTagStatus.Accepted => BadgeStyle.Success,
        IdTagStatus.Blocked => BadgeStyle.Danger,
        _ => BadgeStyle.Warning,
    };
}
