using EvDashboard.Components.Pages.Overview;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Web.Components.Overview;

public sealed class LatestEventsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_Events_ShowsSiteTimeStateColourUnitsAndMaskedTags()
    {
        NetworkEvent[] events =
        [
            NetworkEvent.Session(Now, NetworkEventKind.SessionStopped, "CP-1", 2, 42, "04A1B2C3D4E5F6", 12_345),
            new(Now.AddMinutes(-1), NetworkEventKind.StatusChanged, "CP-1", 1, ConnectorStatus.Faulted, "GroundFailure"),
            new(Now.AddMinutes(-2), NetworkEventKind.Offline, "CP-2"),
        ];

        var document = await RenderAsync(events);

        var lines = document.QuerySelectorAll(".evd-event");
        Assert.Equal(3, lines.Length);
        // Europe/Berlin is UTC+1 in November: 14:00 UTC shows as 15:00:00.
        Assert.Equal("15:00:00", lines[0].QuerySelector("time")!.TextContent);
        Assert.Equal("session #42 stopped · 12.35 kWh", lines[0].QuerySelector(".evd-event-what")!.TextContent.Trim());
        Assert.Equal("CP-1 · 2", lines[0].QuerySelector(".evd-event-where")!.TextContent);
        Assert.Equal("Faulted", lines[1].QuerySelector(".evd-state-faulted")!.TextContent);
        Assert.Equal("GroundFailure", lines[1].QuerySelector(".evd-event-problem")!.TextContent);
        Assert.Equal("Offline", lines[2].QuerySelector(".evd-state-offline")!.TextContent);
    }

    [Fact]
    public async Task Render_NoEvents_SaysWhatWillAppear()
    {
        var document = await RenderAsync([]);

        Assert.NotNull(document.QuerySelector(".evd-events-empty"));
        Assert.Empty(document.QuerySelectorAll(".evd-event"));
    }

    private static async Task<AngleSharp.Dom.IDocument> RenderAsync(IReadOnlyList<NetworkEvent> events)
    {
        var services = ComponentRenderer.Services();
        services.AddSingleton<TimeProvider>(new ManualTimeProvider(Now));
        services.AddSingleton(Options.Create(new SiteOptions { TimeZone = "Europe/Berlin" }));
        services.AddSingleton<SiteClock>();
        await using var provider = services.BuildServiceProvider();
        return await ComponentRenderer.RenderAsync<LatestEvents>(provider, new Dictionary<string, object?> { ["Events"] = events });
    }
}
