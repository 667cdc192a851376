using EvDashboard.Components.Pages.Wall;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Wall;

public sealed class WallTickerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_Events_NewestFirstWithMaskedTagsUnitsAndStateWords()
    {
        WallEvent[] events =
        [
            new(Now.AddSeconds(-5), WallEventKind.SessionStarted, "DEMO-01", 2, IdTag: "04A1B2C3D4E501"),
            new(Now.AddSeconds(-20), WallEventKind.StatusChanged, "DEMO-02", 1, ConnectorStatus.Faulted, "GroundFailure"),
            new(Now.AddSeconds(-60), WallEventKind.SessionCompleted, "DEMO-03", 1, IdTag: "04A1B2C3D4E502", EnergyWh: 23_400),
            new(Now.AddSeconds(-90), WallEventKind.ChargePointOffline, "DEMO-04", 0),
        ];

        var document = await RenderAsync(events);

        var items = document.QuerySelectorAll("li.wall-event");
        Assert.Equal(4, items.Length);
        Assert.Equal("13:59:55", items[0].QuerySelector("time")!.TextContent);
        Assert.Equal("DEMO-01 · 2", items[0].QuerySelector(".wall-event-where span")!.TextContent);
        Assert.Equal("Session started 04A1…01", items[0].QuerySelector(".wall-event-what")!.TextContent.Trim());
        Assert.DoesNotContain("04A1B2C3D4E501", document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.True(items[1].ClassList.Contains("wall-event-fault"));
        Assert.NotNull(items[1].QuerySelector(".evd-state.evd-state-faulted"));
        Assert.Contains("GroundFailure", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Session done · 23.40 kWh", items[2].QuerySelector(".wall-event-what")!.TextContent.Trim());
        Assert.Equal("DEMO-04", items[3].QuerySelector(".wall-event-where span")!.TextContent);
        Assert.NotNull(items[3].QuerySelector(".evd-state-offline"));
    }

    [Fact]
    public async Task Render_NoEvents_SaysWhatWillAppear()
    {
        var document = await RenderAsync([]);

        Assert.Empty(document.QuerySelectorAll("li.wall-event"));
        Assert.Contains("appear here", document.QuerySelector(".wall-ticker-empty")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Dom.IDocument> RenderAsync(IReadOnlyList<WallEvent> events)
    {
        await using var services = ComponentRenderer.Services().BuildServiceProvider();
        return await ComponentRenderer.RenderAsync<WallTicker>(services, new Dictionary<string, object?>
        {
            ["Events"] = events,
            ["ToLocal"] = (Func<DateTimeOffset, DateTimeOffset>)(t => t),
            ["LocalNow"] = Now,
        });
    }
}
