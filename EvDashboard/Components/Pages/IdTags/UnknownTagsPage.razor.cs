using System.Globalization;
using EvDashboard.Components.Shared;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Core.Identity.Unknown;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.IdTags;

/// <summary>The unknown-tag inbox: adopt a tag in one click, or dismiss it.</summary>
public sealed partial class UnknownTagsPage
{
    private IReadOnlyList<UnknownTagView>? _rows;
    private bool _busy;

    [Inject]
    private UnknownTagInbox Inbox { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    protected override async Task OnInitializedAsync() => _rows = await Inbox.ListAsync(CancellationToken.None);

    private Task AdoptAsync(string idTag) => RunAsync(async actor =>
    {
        var result = await Inbox.AdoptAsync(idTag, actor, CancellationToken.None);
        return result == IdTagChangeResult.Created ? $"{idTag} adopted as an accepted RFID card" : $"{idTag} exists already";
    });

    private Task DismissAsync(string idTag) => RunAsync(async actor =>
    {
        await Inbox.DismissAsync(idTag, actor, CancellationToken.None);
        return $"{idTag} dismissed until it is presented again";
    });

    private async Task RunAsync(Func<Core.Audit.Actor, Task<string>> action)
    {
        _busy = true;
        var actor = await CurrentActor.FromAsync(AuthenticationStateTask);
        var summary = await action(actor);
        Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Success, Summary = summary });
        _rows = await Inbox.ListAsync(CancellationToken.None);
        _busy = false;
    }

    private string LocalText(DateTimeOffset at) => Clock.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
