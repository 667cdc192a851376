using System.Globalization;
using EvDashboard.Core.Healing.Continuation;
using EvDashboard.Core.Healing.Reconciliation;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>
/// What self-healing did to a session: "Closed by the system" with the reason, and its continuation chain (previous and next
/// segments, the combined energy and cost of the one billing session, every continuation attempt and its outcome).
/// </summary>
public sealed partial class SessionChainPanel
{
    private SessionChainView? _chain;

    [Inject]
    private SessionChainQueries Queries { get; set; } = default!;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public int TransactionId { get; set; }

    protected override async Task OnParametersSetAsync() => _chain = await Queries.GetAsync(TransactionId, CancellationToken.None);

    /// <summary>Re-reads the chain (the session changed, or a segment was added).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        _chain = await Queries.GetAsync(TransactionId, cancellationToken);
        StateHasChanged();
    }

    internal static string Reason(string? code) => code switch
    {
        StuckSessionReasons.Reboot => "the charge point rebooted during the session and never sent its StopTransaction.",
        StuckSessionReasons.Superseded => "a new session started on the same connector and this one's StopTransaction never came.",
        StuckSessionReasons.AvailableAfterFinish => "the connector went Available after Finishing and the StopTransaction never came.",
        StuckSessionReasons.MaxDuration => "it was open longer than the maximum session duration.",
        StuckSessionReasons.Offline => "the charge point went offline during the session and came back without it.",
        _ => code ?? "no reason recorded.",
    };

    private static string EndText(ChainSegmentView segment) =>
        segment.ClosedBySystem ? $"closed by the system ({segment.StopReason})" : segment.StopReason ?? string.Empty;

    private string Time(DateTimeOffset at) => Clock.ToLocal(at).ToString("d MMM HH:mm:ss", CultureInfo.InvariantCulture);
}
