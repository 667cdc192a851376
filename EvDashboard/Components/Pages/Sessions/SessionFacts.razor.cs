using System.Globalization;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>A session's facts. While it runs, its duration ticks every second (only this component re-renders, not the charts).</summary>
public sealed partial class SessionFacts
{
    private ITimer? _ticker;

    [Inject]
    private SiteClock Clock { get; set; } = default!;

    [Inject]
    private TimeProvider TimeSource { get; set; } = default!;

    [Parameter, EditorRequired]
    public SessionView Session { get; set; } = default!;

    private DateTimeOffset End => Session.EndedAt ?? Session.InterruptedAt ?? Clock.UtcNow;

    private string EndText => Session switch
    {
        { EndedAt: { } ended } => DateTimeText(ended),
        { Status: SessionStatus.Interrupted, InterruptedAt: { } at } => $"{DateTimeText(at)} (interrupted)",
        _ => "running",
    };

    private string StopText => Session.Status == SessionStatus.Interrupted && Session.EndedAt is null
        ? $"Interrupted: {SessionWords.Interruption(Session.InterruptionReason)}"
        : SessionWords.StopReason(Session.StopReason);

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ticker = TimeSource.CreateTimer(_ => _ = InvokeAsync(Tick), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }
    }

    private void Tick()
    {
        if (Session.Status == SessionStatus.Active)
        {
            StateHasChanged();
        }
    }

    private string DateTimeText(DateTimeOffset at) => Clock.ToLocal(at).ToString("d MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    public void Dispose() => _ticker?.Dispose();
}
