using EvDashboard.Components.Pages.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EvDashboard.Tests.Web.Components.Stations;

/// <summary>The list's second hand moves the time labels of a row without the row rendering again.</summary>
public sealed class StationClockTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Tick_RowUnchanged_MovesElapsedAndLastMessage()
    {
        var station = StationBoardTests.Board().Find("CP-A")!;
        var clock = new StationClock(Now);
        await using var services = ComponentRenderer.Services().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);

        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<StationRow>(
                ParameterView.FromDictionary(new Dictionary<string, object?> { ["Station"] = station, ["Clock"] = clock }));
            clock.Tick(Now.AddSeconds(65));
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("last message 1 min 05 s ago", document.QuerySelector("[data-figure='last-seen']")!.TextContent);
        Assert.Equal("31 min 05 s", document.QuerySelector("[data-connector='1'] [data-figure='elapsed']")!.TextContent);
    }
}
