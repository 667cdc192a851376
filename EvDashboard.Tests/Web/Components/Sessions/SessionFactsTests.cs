using AngleSharp.Dom;
using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Components.Sessions;

public sealed class SessionFactsTests
{
    private static readonly DateTimeOffset Now = SessionComponentServices.Now;

    [Fact]
    public async Task Render_CompletedSession_FactsWithUnitsSiteTimesAndWordsForWarnings()
    {
        await using var services = SessionComponentServices.Create();
        var session = Session(SessionStatus.Completed) with
        {
            EndedAt = Now.AddMinutes(-10), MeterStopWh = 1_254_320, EnergyWh = 54_320, StopReason = "EVDisconnected",
            Warnings = [nameof(SessionWarnings.TagNotAccepted)],
        };

        var document = await RenderAsync(services, session);

        Assert.Equal("04C7…80", Fact(document, "Tag"));
        Assert.DoesNotContain("04C7D2E91A5B80", document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("21 Nov 2026 11:30:00", Fact(document, "Started"));
        Assert.Equal("21 Nov 2026 12:50:00", Fact(document, "Ended"));
        Assert.Equal("1 h 20 min", Fact(document, "Duration"));
        Assert.Equal("54.32 kWh", Fact(document, "Energy"));
        Assert.Equal("1200.00 kWh", Fact(document, "Meter start"));
        Assert.Equal("1254.32 kWh", Fact(document, "Meter stop"));
        Assert.Equal("EV disconnected", Fact(document, "Stop reason"));
        Assert.Null(FactOrNull(document, "Power now"));
        Assert.Equal("Completed", document.QuerySelector(".evd-session-completed")!.TextContent);
        Assert.Contains("tag that was not accepted", document.QuerySelector(".evd-warnings")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_RunningSession_PowerNowAndRunningEnd()
    {
        await using var services = SessionComponentServices.Create();

        var document = await RenderAsync(services, Session(SessionStatus.Active));

        Assert.Equal("running", Fact(document, "Ended"));
        Assert.Equal("1 h 30 min", Fact(document, "Duration"));
        Assert.Equal("22.1 kW", Fact(document, "Power now"));
        Assert.Equal("71 %", Fact(document, "State of charge"));
        Assert.Equal("—", Fact(document, "Meter stop"));
        Assert.Equal("Active", document.QuerySelector(".evd-session-active")!.TextContent);
        Assert.Null(document.QuerySelector(".evd-warnings"));
    }

    [Fact]
    public async Task Render_InterruptedSession_SaysWhyAndWhen()
    {
        await using var services = SessionComponentServices.Create();
        var session = Session(SessionStatus.Interrupted) with { InterruptedAt = Now.AddMinutes(-30), InterruptionReason = "Reboot" };

        var document = await RenderAsync(services, session);

        Assert.Equal("21 Nov 2026 12:30:00 (interrupted)", Fact(document, "Ended"));
        Assert.Equal("1 h 00 min", Fact(document, "Duration"));
        Assert.Equal("Interrupted: the charger rebooted before it stopped the session", Fact(document, "Stop reason"));
        Assert.Equal("Interrupted", document.QuerySelector(".evd-session-interrupted")!.TextContent);
    }

    private static SessionView Session(SessionStatus status) => new(
        9, "ACME-DC-01", 1, "04C7D2E91A5B80", AuthorizationOutcome.Accepted, Now.AddMinutes(-90), null, 1_200_000, null, 20_000, null, status, [],
        null, null, 22_080, 71, Now.AddSeconds(-3));

    private static Task<IDocument> RenderAsync(IServiceProvider services, SessionView session) =>
        ComponentRenderer.RenderAsync<SessionFacts>(services, new Dictionary<string, object?> { ["Session"] = session });

    private static string Fact(IDocument document, string term) => FactOrNull(document, term) ?? throw new Xunit.Sdk.XunitException($"No fact '{term}'");

    private static string? FactOrNull(IDocument document, string term) =>
        document.QuerySelectorAll(".evd-facts > div").FirstOrDefault(d => d.QuerySelector("dt")!.TextContent == term)?.QuerySelector("dd")!.TextContent.Trim();
}
