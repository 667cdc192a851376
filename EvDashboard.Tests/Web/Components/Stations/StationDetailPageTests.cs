using EvDashboard.Components.Pages.Stations;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Components.Stations;

public sealed class StationDetailPageTests
{
    [Fact]
    public async Task Render_UnknownId_ShowsNotFoundWithWayBack()
    {
        await using var factory = new EvDashboardFactory();

        var document = await AppPageRenderer.RenderAsync<StationDetailPage>(factory, "/stations/NOPE", new Dictionary<string, object?> { ["Id"] = "NOPE" });

        Assert.Equal("No charge point \"NOPE\"", document.QuerySelector(".evd-empty h2")!.TextContent);
        Assert.NotNull(document.QuerySelector(".evd-empty a[href='/stations']"));
    }

    [Fact]
    public async Task Render_ChargingStation_ShowsBootInfoConnectorsAndSessionLink()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        var tx = await StationFleet.ChargingAsync(cp, StationFleet.Now(factory).AddMinutes(-30));

        var document = await AppPageRenderer.RenderAsync<StationDetailPage>(factory, "/stations/CP-1", new Dictionary<string, object?> { ["Id"] = "CP-1" });

        var boot = document.QuerySelector(".evd-boot")!.TextContent;
        Assert.Contains("ABB", boot, StringComparison.Ordinal);
        Assert.Contains("SN-0001", boot, StringComparison.Ordinal);
        Assert.Contains("8949020000012345678", boot, StringComparison.Ordinal);
        var charging = document.QuerySelector("[data-connector='1']")!;
        Assert.Equal("Charging", charging.QuerySelector(".evd-state-charging")!.TextContent);
        Assert.Equal("11.0 kW", charging.QuerySelector("[data-figure='power']")!.TextContent);
        Assert.Equal("5.23 kWh", charging.QuerySelector("[data-figure='energy']")!.TextContent);
        Assert.Equal("45 %", charging.QuerySelector("[data-figure='soc']")!.TextContent);
        Assert.NotNull(charging.QuerySelector($"a[href='/sessions/{tx}']"));
        Assert.Equal("tag 04A1…F6", charging.QuerySelector(".evd-cpanel-tag")!.TextContent);
        var faulted = document.QuerySelector("[data-connector='2']")!;
        Assert.Equal("Faulted", faulted.QuerySelector(".evd-state-faulted")!.TextContent);
        Assert.Contains("GroundFailure", faulted.QuerySelector(".evd-cpanel-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("E-417", faulted.QuerySelector(".evd-cpanel-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Online", document.QuerySelector(".evd-detail-head .evd-online")!.TextContent);
        Assert.DoesNotContain("04A1B2C3D4E5F6", document.Body!.InnerHtml, StringComparison.Ordinal);
    }
}
