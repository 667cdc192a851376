using System.Globalization;
using EvDashboard.Components.Shared;
using EvDashboard.Core.Identity.LocalLists;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.IdTags;

/// <summary>Every charge point's Local Authorization List version and sync state, with the commands that update it.</summary>
public sealed partial class LocalListsPage
{
    private IReadOnlyList<LocalListStatusView>? _rows;
    private bool _busy;

    [Inject]
    private LocalListQueries Queries { get; set; } = default!;

    [Inject]
    private LocalListSync Sync { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    protected override async Task OnInitializedAsync() => _rows = await Queries.ListAsync(CancellationToken.None);

    private async Task SendAsync(string chargePointId, UpdateType updateType)
    {
        _busy = true;
        var actor = await CurrentActor.FromAsync(AuthenticationStateTask);
        var result = await Sync.SendAsync(chargePointId, updateType, actor, CancellationToken.None);
        Notifications.Notify(new NotificationMessage
        {
            Severity = result.Accepted ? NotificationSeverity.Success : NotificationSeverity.Warning,
            Summary = chargePointId,
            Detail = result.Message,
            Duration = 8000,
        });
        await ReloadAsync();
    }

    private async Task RefreshAsync(string chargePointId)
    {
        _busy = true;
        var actor = await CurrentActor.FromAsync(AuthenticationStateTask);
        var version = await Sync.RefreshVersionAsync(chargePointId, actor, CancellationToken.None);
        Notifications.Notify(version is { } v
            ? new NotificationMessage { Severity = NotificationSeverity.Info, Summary = chargePointId, Detail = $"The charger reports list version {v}." }
            : new NotificationMessage { Severity = NotificationSeverity.Warning, Summary = chargePointId, Detail = "The charger did not answer GetLocalListVersion." });
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _rows = await Queries.ListAsync(CancellationToken.None);
        _busy = false;
    }

    // OCPP 1.6 §5.6: 0 means the charger has no list, -1 that it does not support one.
    private static string Version(int? version) => version switch
    {
        null => "—",
        -1 => "not supported",
        0 => "no list",
        { } v => v.ToString(CultureInfo.InvariantCulture),
    };

    // OCPP 1.6 §9.2 SendLocalListMaxLength and LocalAuthListMaxLength, read with GetConfiguration on the first send.
    private static string Limits(LocalListLimits? limits) => limits is null
        ? "read on first send"
        : string.Create(CultureInfo.InvariantCulture,
            $"{limits.SendLocalListMaxLength?.ToString(CultureInfo.InvariantCulture) ?? "any"} per message · holds {limits.LocalAuthListMaxLength?.ToString(CultureInfo.InvariantCulture) ?? "any"}");

    private string LastSend(LocalListStatusView row) => row.LastSentAt is { } at
        ? $"{row.LastUpdateType} · {row.LastResult} · {Clock.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}"
        : "never sent";
}
