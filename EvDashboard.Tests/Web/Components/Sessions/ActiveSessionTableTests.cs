using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Sessions.Estimation;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Components.Sessions;

public sealed class ActiveSessionTableTests
{
    private static readonly DateTimeOffset Now = SessionComponentServices.Now;

    [Fact]
    public async Task Render_Row_MaskedTagUnitsLinksAndStopButton()
    {
        await using var services = SessionComponentServices.Create();
        var row = new ActiveSessionView(42, "CP 7", 2, "04A1B2C3D4E5F6", Now.AddMinutes(-65), 12_345, 11_040, 64, Now.AddSeconds(-5),
            new EndTimeEstimate(Now.AddMinutes(30), EstimateBasis.SocTrend) { SocRatePercentPerHour = 40, TargetSocPercent = 100 });

        var document = await RenderAsync(services, [row]);

        var tr = Assert.Single(document.QuerySelectorAll("tr[data-transaction='42']"));
        Assert.Equal("04A1…F6", tr.QuerySelector(".tag")!.TextContent);
        Assert.DoesNotContain("04A1B2C3D4E5F6", document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("11:55:00", tr.QuerySelector(".time")!.TextContent);
        Assert.Equal("1 h 05 min", tr.QuerySelector(".duration")!.TextContent);
        Assert.Equal("12.35 kWh", tr.QuerySelector(".energy")!.TextContent);
        Assert.Equal("11.0 kW", tr.QuerySelector(".power")!.TextContent);
        Assert.Equal("64 %", tr.QuerySelector(".evd-soc-value")!.TextContent);
        Assert.NotNull(tr.QuerySelector("a[href='/sessions/42']"));
        Assert.NotNull(tr.QuerySelector("a[href='/stations/CP%207']"));
        Assert.StartsWith("from SoC trend", tr.QuerySelector(".evd-estimate")!.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("Stop", tr.QuerySelector("td.actions button")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_NoSocNoPower_DashWithUnit()
    {
        await using var services = SessionComponentServices.Create();
        var row = new ActiveSessionView(7, "CP-1", 1, "5831", Now.AddMinutes(-2), 0, null, null, null, EndTimeEstimate.None);

        var document = await RenderAsync(services, [row]);

        var tr = document.QuerySelector("tr[data-transaction='7']")!;
        Assert.Equal("••••", tr.QuerySelector(".tag")!.TextContent);
        Assert.Equal("— kW", tr.QuerySelector(".power")!.TextContent);
        Assert.Equal("— %", tr.QuerySelector(".evd-soc-value")!.TextContent);
        Assert.Null(tr.QuerySelector(".evd-soc-bar"));
        Assert.StartsWith("not enough data", tr.QuerySelector(".evd-estimate")!.GetAttribute("title"), StringComparison.Ordinal);
    }

    private static Task<AngleSharp.Dom.IDocument> RenderAsync(IServiceProvider services, IReadOnlyList<ActiveSessionView> rows) =>
        ComponentRenderer.RenderAsync<ActiveSessionTable>(services, new Dictionary<string, object?> { ["Rows"] = rows, ["Now"] = Now });
}
