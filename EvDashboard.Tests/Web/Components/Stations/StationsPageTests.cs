using EvDashboard.Components.Pages.Stations;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Components.Stations;

public sealed class StationsPageTests
{
    [Fact]
    public async Task Render_NoChargePoints_SaysHowToConnectOne()
    {
        await using var factory = new EvDashboardFactory();

        var document = await AppPageRenderer.RenderAsync<StationsPage>(factory, "/stations");

        Assert.Equal("No charge points yet", document.QuerySelector(".evd-empty h2")!.TextContent);
        Assert.Contains("ws://localhost/ocpp/<charge-point-id>", document.QuerySelector(".evd-connect-hint")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ChargePointConnected_CountsConnectorsByStateWithColours()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        await StationFleet.ChargingAsync(cp, StationFleet.Now(factory).AddMinutes(-30));

        var document = await AppPageRenderer.RenderAsync<StationsPage>(factory, "/stations");

        Assert.Equal(1, ChipCount(document, "evd-state-charging"));
        Assert.Equal(1, ChipCount(document, "evd-state-faulted"));
        Assert.Equal(0, ChipCount(document, "evd-state-available"));
        Assert.Equal(0, ChipCount(document, "evd-state-offline"));
        Assert.StartsWith("Showing 1 of 1 charge points", document.QuerySelector(".evd-stations-shown")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_StateInQueryMatchesNothing_SaysNothingMatches()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        await StationFleet.ChargingAsync(cp, StationFleet.Now(factory).AddMinutes(-30));

        var document = await AppPageRenderer.RenderAsync<StationsPage>(factory, "/stations?state=Reserved");

        Assert.Equal("No charge point matches", document.QuerySelector(".evd-empty h2")!.TextContent);
        Assert.Contains("evd-chip-selected", document.QuerySelector("a[href='/stations?state=Reserved']")!.ClassList);
    }

    private static int ChipCount(AngleSharp.Dom.IDocument document, string stateClass)
    {
        var chip = document.QuerySelectorAll(".evd-chip").Single(c => c.QuerySelector(".evd-state")!.ClassList.Contains(stateClass));
        return int.Parse(chip.QuerySelector(".evd-chip-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
    }
}
