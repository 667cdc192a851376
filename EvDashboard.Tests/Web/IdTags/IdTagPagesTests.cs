using EvDashboard.Components.Pages.IdTags;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.IdTags;

/// <summary>The idTag pages rendered with the app's real services and database.</summary>
public sealed class IdTagPagesTests
{
    [Fact]
    public async Task UnknownTagsPage_UnknownTagPresented_ListedWithPlaceAndButtons()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-PAGE");
        await cp.CallAsync("Authorize", new { idTag = "WHOISTHIS" });

        var page = await IdTagPageRenderer.RenderAsync<UnknownTagsPage>(factory, "/idtags/unknown");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal("WHOISTHIS", row.QuerySelector("code")!.TextContent);
        Assert.Contains("CP-PAGE", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Adopt", "Dismiss"], row.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public async Task LocalListsPage_ConnectedChargerNeverSent_OutOfSyncWithPendingTags()
    {
        await using var factory = new EvDashboardFactory();
        await factory.Services.GetRequiredService<IdTagAdministration>()
            .CreateAsync("CARD", new IdTagSettings(IdTagStatus.Accepted, null, null, null), Actor.System, CancellationToken.None);
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-LL");
        await cp.CallAsync("Heartbeat", new { });

        var page = await IdTagPageRenderer.RenderAsync<LocalListsPage>(factory, "/idtags/local-lists");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("out of sync", cells[1], StringComparison.Ordinal);
        Assert.Equal("— · — · —", cells[2]);
        Assert.Equal("1", cells[3]);
        Assert.Equal("read on first send", cells[4]);
        var buttons = row.QuerySelectorAll("button").ToDictionary(b => b.TextContent.Trim(), b => b.HasAttribute("disabled"));
        Assert.Equal(new Dictionary<string, bool> { ["Send changes"] = true, ["Send full"] = false, ["Ask version"] = false }, buttons);
    }

    [Fact]
    public async Task IdTagsPage_TagWithSpentBudget_ShowsUseAndRefusalReason()
    {
        await using var factory = new EvDashboardFactory();
        var budget = new TagBudget(BudgetPeriod.Month, 1_000, null, null);
        await factory.Services.GetRequiredService<IdTagAdministration>().CreateAsync(
            "DRIVER1", new IdTagSettings(IdTagStatus.Accepted, null, "FLEET", null, IdTagType.Pin, "Ada", budget), Actor.System, CancellationToken.None);
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-IDT");
        var now = DateTimeOffset.UtcNow;
        var tx = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "DRIVER1", meterStart = 0, timestamp = now })).GetProperty("transactionId").GetInt32();
        await cp.CallAsync("StopTransaction", new { transactionId = tx, meterStop = 1_200, timestamp = now.AddSeconds(1) });
        await cp.CallAsync("Authorize", new { idTag = "DRIVER1" });

        var page = await IdTagPageRenderer.RenderAsync<IdTagsPage>(factory, "/idtags");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        var text = row.TextContent;
        Assert.Contains("PIN", text, StringComparison.Ordinal);
        Assert.Contains("Ada", text, StringComparison.Ordinal);
        Assert.Equal("1.2 of 1 kWh", row.QuerySelector(".evd-spent")!.TextContent.Trim());
        Assert.Equal("Blocked: kWh budget for this month spent: 1.2 of 1 kWh", row.QuerySelector(".evd-refusal")!.TextContent.Trim());
        Assert.Equal(["Edit", "Block"], row.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
    }
}
