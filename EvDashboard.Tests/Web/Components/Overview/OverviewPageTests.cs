using EvDashboard.Components.Pages.Overview;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Tests.TestDoubles;
using EvDashboard.Tests.Web.Components.Stations;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Overview;

public sealed class OverviewPageTests
{
    [Fact]
    public async Task Render_NoChargePoints_SaysHowToConnectOne()
    {
        await using var factory = new EvDashboardFactory();

        var document = await AppPageRenderer.RenderAsync<OverviewPage>(factory, "/");

        Assert.Equal("No charge points yet", document.QuerySelector(".evd-empty h2")!.TextContent);
        Assert.Contains("ws://localhost/ocpp/", document.QuerySelector(".evd-connect-hint")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ChargingNetwork_ShowsFiguresWithUnitsStatesAndEvents()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        await StationFleet.ChargingAsync(cp, StationFleet.Now(factory).AddMinutes(-30));

        var document = await AppPageRenderer.RenderAsync<OverviewPage>(factory, "/");

        Assert.Equal("1 / 1", Figure(document, "charge-points"));
        Assert.Equal("1", Figure(document, "active-sessions"));
        Assert.Equal("11.0 kW", Figure(document, "power-now"));
        Assert.Equal("5.23 kWh", Figure(document, "energy-today"));
        Assert.Equal("1", Figure(document, "sessions-today"));
        var faultedChip = document.QuerySelector("a.evd-chip[href='/stations?state=Faulted']")!;
        Assert.Equal(("Faulted", "1"), (faultedChip.QuerySelector(".evd-state-faulted")!.TextContent, faultedChip.QuerySelector(".evd-chip-count")!.TextContent));
        var started = document.QuerySelector(".evd-event[data-kind='SessionStarted']")!;
        Assert.Contains("tag 04A1…F6", started.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector(".evd-event[data-kind='StatusChanged'] .evd-state-faulted"));
        Assert.DoesNotContain("04A1B2C3D4E5F6", document.Body!.InnerHtml, StringComparison.Ordinal);
    }

    private static string Figure(AngleSharp.Dom.IDocument document, string name) =>
        string.Join(' ', document.QuerySelector($"[data-figure='{name}'] .evd-figure-value")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
