using EvDashboard.Components.Pages.Wall;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Wall;

public sealed class WallTileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_ChargingSession_ShowsStateColourWordAndNumbersWithUnits()
    {
        var tile = new WallTileView("DEMO-03", 2) { Status = ConnectorStatus.Charging, Online = true, StatusSince = Now.AddMinutes(-65) };
        tile.StartSession(42, Now.AddMinutes(-65));
        tile.UpdateSession(energyWh: 14_320, powerW: 22_000, socPercent: 78);

        var root = await RenderAsync(tile);

        Assert.True(root.ClassList.Contains("evd-state-charging"), root.ClassName);
        Assert.Equal("Charging", Text(root, ".wall-tile-state"));
        Assert.Equal("DEMO-03", Text(root, ".wall-tile-station"));
        Assert.Equal("2", Text(root, ".wall-tile-connector"));
        Assert.Equal("22.0 kW", Text(root, ".wall-tile-power"));
        Assert.Equal("14.32 kWh", Text(root, ".wall-tile-energy"));
        Assert.Equal("78 %", Text(root, ".wall-tile-soc"));
        Assert.Equal("1 h 05 min", Text(root, ".wall-tile-elapsed"));
    }

    [Fact]
    public async Task Render_SessionWithoutSoc_LeavesSocOut()
    {
        var tile = new WallTileView("AC-1", 1) { Status = ConnectorStatus.SuspendedEV, Online = true };
        tile.StartSession(7, Now.AddSeconds(-45));
        tile.UpdateSession(energyWh: 0, powerW: 0, socPercent: null);

        var root = await RenderAsync(tile);

        Assert.True(root.ClassList.Contains("evd-state-suspendedev"), root.ClassName);
        Assert.Equal("Suspended (EV)", Text(root, ".wall-tile-state"));
        Assert.Equal("0.0 kW", Text(root, ".wall-tile-power"));
        Assert.Null(root.QuerySelector(".wall-tile-soc"));
        Assert.Equal("45 s", Text(root, ".wall-tile-elapsed"));
    }

    [Fact]
    public async Task Render_Faulted_ShowsErrorAndVendorCodeAndTimeInState()
    {
        var tile = new WallTileView("DEMO-01", 1)
        {
            Status = ConnectorStatus.Faulted, Online = true, ErrorCode = "GroundFailure", VendorErrorCode = "E-101", StatusSince = Now.AddSeconds(-90),
        };

        var root = await RenderAsync(tile);

        Assert.True(root.ClassList.Contains("evd-state-faulted"), root.ClassName);
        Assert.Equal("Faulted", Text(root, ".wall-tile-state"));
        Assert.Equal("GroundFailure · E-101", Text(root, ".wall-tile-problem"));
        Assert.Equal("for 1 min 30 s", Text(root, ".wall-tile-elapsed"));
        Assert.Null(root.QuerySelector(".wall-tile-power"));
    }

    [Fact]
    public async Task Render_ChargePointOffline_ShowsOfflineAndLastSeen()
    {
        var tile = new WallTileView("DEMO-02", 1) { Status = ConnectorStatus.Charging, Online = false, LastSeenAt = Now.AddMinutes(-3) };
        tile.StartSession(9, Now.AddMinutes(-30));

        var root = await RenderAsync(tile);

        Assert.True(root.ClassList.Contains("evd-state-offline"), root.ClassName);
        Assert.Equal("Offline", Text(root, ".wall-tile-state"));
        Assert.Equal("3 min 00 s ago", Text(root, ".wall-tile-elapsed"));
    }

    [Fact]
    public async Task Render_NamedChargePoint_ShowsTheName()
    {
        var tile = new WallTileView("CP-0042", 1) { Name = "Car park level 2", Status = ConnectorStatus.Available, Online = true, StatusSince = Now.AddMinutes(-12) };

        var root = await RenderAsync(tile);

        Assert.True(root.ClassList.Contains("evd-state-available"), root.ClassName);
        Assert.Equal("Car park level 2", Text(root, ".wall-tile-station"));
        Assert.Equal("for 12 min 00 s", Text(root, ".wall-tile-elapsed"));
    }

    [Fact]
    public async Task Render_PricedSession_RunningCostBesideTheEnergy()
    {
        var tile = new WallTileView("DEMO-03", 2) { Status = ConnectorStatus.Charging, Online = true };
        tile.StartSession(42, Now.AddMinutes(-65));
        tile.UpdateSession(energyWh: 14_320, powerW: 22_000, socPercent: 78);
        tile.Cost = FakeSessionCosts.Euro(42, 123_456, isFinal: false);

        var root = await RenderAsync(tile);

        Assert.Equal("1,469.13 EUR", Text(root, ".wall-tile-money .wall-tile-cost"));
        Assert.Equal("14.32 kWh", Text(root, ".wall-tile-money .wall-tile-energy"));
        Assert.Equal("22.0 kW", Text(root, ".wall-tile-power"));
    }

    [Fact]
    public async Task Render_UnpricedSession_EnergyAloneNoCost()
    {
        var tile = new WallTileView("DEMO-03", 2) { Status = ConnectorStatus.Charging, Online = true };
        tile.StartSession(42, Now.AddMinutes(-5));
        tile.UpdateSession(energyWh: 1_000, powerW: 11_000, socPercent: null);

        var root = await RenderAsync(tile);

        Assert.Null(root.QuerySelector(".wall-tile-cost"));
        Assert.Equal("1.00 kWh", Text(root, ".wall-tile-energy"));
    }

    [Fact]
    public void StartSession_NewSessionOnTheTile_ForgetsThePreviousCost()
    {
        var tile = new WallTileView("DEMO-03", 2) { Cost = FakeSessionCosts.Euro(41, 500, isFinal: false) };

        tile.StartSession(42, Now);

        Assert.Null(tile.Cost);
    }

    private static async Task<AngleSharp.Dom.IElement> RenderAsync(WallTileView tile)
    {
        await using var services = ComponentRenderer.Services().BuildServiceProvider();
        var document = await ComponentRenderer.RenderAsync<WallTile>(services, new Dictionary<string, object?> { ["Tile"] = tile, ["Now"] = Now });
        return Assert.Single(document.QuerySelectorAll("article.wall-tile"));
    }

    private static string Text(AngleSharp.Dom.IElement root, string selector) =>
        Assert.IsAssignableFrom<AngleSharp.Dom.IElement>(root.QuerySelector(selector)).TextContent.Trim();
}
