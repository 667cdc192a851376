using EvDashboard.Components.Shared;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components;

public sealed class StateBadgeTests
{
    [Theory]
    [InlineData(ConnectorStatus.Available, true, "evd-state-available", "Available")]
    [InlineData(ConnectorStatus.Charging, true, "evd-state-charging", "Charging")]
    [InlineData(ConnectorStatus.SuspendedEV, true, "evd-state-suspendedev", "Suspended (EV)")]
    [InlineData(ConnectorStatus.Faulted, true, "evd-state-faulted", "Faulted")]
    [InlineData(ConnectorStatus.Charging, false, "evd-state-offline", "Offline")]
    public async Task Render_State_ShowsColourClassAndWord(ConnectorStatus status, bool online, string cssClass, string word)
    {
        await using var services = ComponentRenderer.Services().BuildServiceProvider();

        var document = await ComponentRenderer.RenderAsync<StateBadge>(services, new Dictionary<string, object?> { ["Status"] = status, ["Online"] = online });

        var badge = Assert.Single(document.QuerySelectorAll("span.evd-state"));
        Assert.True(badge.ClassList.Contains(cssClass), badge.ClassName);
        Assert.Equal(word, badge.TextContent);
    }
}
