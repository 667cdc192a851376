using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;
using EvDashboard.Core.Live;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Shared;

/// <summary>
/// Base of the badge, the critical banner and the wall ticker: the unresolved alerts, read once and then kept current
/// from the live feed alone (no query per alert), so every page can show them cheaply.
/// </summary>
public abstract class UnresolvedAlertsComponent : LiveComponent
{
    /// <summary>More unresolved alerts than this is an incident of its own; the counts then show at least this many.</summary>
    private const int MaxLoaded = 500;

    [Inject]
    private AlertQueries Queries { get; set; } = default!;

    protected UnresolvedAlertBoard Board { get; } = new();

    protected override async Task LoadAsync() => Board.Load(await Queries.UnresolvedAsync(MaxLoaded, CancellationToken.None));

    protected override bool IsRelevant(LiveEvent liveEvent) => liveEvent is AlertChanged;

    protected override bool Apply(LiveEvent liveEvent) => liveEvent is AlertChanged changed && Board.Apply(changed);
}
