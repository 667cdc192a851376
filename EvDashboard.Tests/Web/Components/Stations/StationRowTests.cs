using EvDashboard.Components.Pages.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Stations;

public sealed class StationRowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_ChargingConnector_ShowsStateWordColourUnitsAndMaskedTag()
    {
        var station = StationBoardTests.Board().Find("CP-A")!;

        var document = await RenderAsync(station);

        var charging = document.QuerySelector("[data-connector='1']")!;
        Assert.Contains("evd-connector-charging", charging.ClassList);
        var badge = charging.QuerySelector(".evd-state")!;
        Assert.Contains("evd-state-charging", badge.ClassList);
        Assert.Equal("Charging", badge.TextContent);
        Assert.Equal("11.0 kW", charging.QuerySelector("[data-figure='power']")!.TextContent);
        Assert.Equal("5.23 kWh", charging.QuerySelector("[data-figure='energy']")!.TextContent);
        Assert.Equal("45 %", charging.QuerySelector("[data-figure='soc']")!.TextContent);
        Assert.Equal("30 min 00 s", charging.QuerySelector("[data-figure='elapsed']")!.TextContent);
        Assert.Equal("04A1…F6", charging.QuerySelector(".evd-connector-tag")!.TextContent);
        Assert.DoesNotContain("04A1B2C3D4E5F6", document.Body!.InnerHtml, StringComparison.Ordinal);
        var available = document.QuerySelector("[data-connector='2'] .evd-state")!;
        Assert.Equal(("Available", true), (available.TextContent, available.ClassList.Contains("evd-state-available")));
        Assert.Equal("Online", document.QuerySelector(".evd-online")!.TextContent);
        Assert.Equal("last message 0 s ago", document.QuerySelector("[data-figure='last-seen']")!.TextContent);
    }

    [Fact]
    public async Task Render_OfflineStation_ShowsOfflineInsteadOfLastKnownStates()
    {
        var station = StationBoardTests.Board().Find("CP-B")!;

        var document = await RenderAsync(station);

        var badges = document.QuerySelectorAll(".evd-state");
        Assert.All(badges, b => Assert.Equal(("Offline", true), (b.TextContent, b.ClassList.Contains("evd-state-offline"))));
        Assert.Equal(2, badges.Length);
        Assert.Contains("evd-station-offline", document.QuerySelector(".evd-station")!.ClassList);
        Assert.Equal("Car park B", document.QuerySelector(".evd-station-name")!.TextContent);
        Assert.Equal("last message 1 h 00 min ago", document.QuerySelector("[data-figure='last-seen']")!.TextContent);
    }

    private static async Task<AngleSharp.Dom.IDocument> RenderAsync(EvDashboard.Core.Stations.Queries.StationState station)
    {
        await using var services = ComponentRenderer.Services().BuildServiceProvider();
        return await ComponentRenderer.RenderAsync<StationRow>(services, new Dictionary<string, object?> { ["Station"] = station, ["Clock"] = new StationClock(Now) });
    }
}
