using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Sessions.Estimation;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Components.Sessions;

public sealed class EstimateCellTests
{
    private static readonly DateTimeOffset Now = SessionComponentServices.Now;

    public static TheoryData<EndTimeEstimate, string, string, string?> Estimates => new()
    {
        { new EndTimeEstimate(Now.AddMinutes(75), EstimateBasis.SocTrend) { SocRatePercentPerHour = 41.6, TargetSocPercent = 100 },
            "from SoC trend: +42 %/h now, to 100 %, slower as the battery fills", "14:15", "in 1 h 15 min" },
        { new EndTimeEstimate(Now.AddMinutes(20), EstimateBasis.TagAverage) { SessionCount = 6 }, "from this tag's average of 6 sessions", "13:20", "in 20 min" },
        { new EndTimeEstimate(Now.AddMinutes(-10), EstimateBasis.StationAverage) { SessionCount = 12 }, "from this station's average of 12 sessions", "now", "longer than usual" },
        { new EndTimeEstimate(Now, EstimateBasis.SocTrend) { SocRatePercentPerHour = 0, TargetSocPercent = 100 }, "from SoC trend: 100 % reached", "now", "battery full" },
        { EndTimeEstimate.None, "not enough data: no SoC from the car and fewer than 3 past sessions of this tag or station", "—", null },
    };

    [Theory]
    [MemberData(nameof(Estimates))]
    public async Task Render_Estimate_TimeInSiteZoneAndBasisInTooltip(EndTimeEstimate estimate, string tooltip, string time, string? remaining)
    {
        await using var services = SessionComponentServices.Create();

        var document = await ComponentRenderer.RenderAsync<EstimateCell>(services, new Dictionary<string, object?> { ["Estimate"] = estimate, ["Now"] = Now });

        var cell = Assert.Single(document.QuerySelectorAll(".evd-estimate"));
        Assert.Equal(tooltip, cell.GetAttribute("title"));
        Assert.Equal(time, cell.QuerySelector(".evd-estimate-time")!.TextContent);
        Assert.Equal(remaining, cell.QuerySelector(".evd-estimate-remaining")?.TextContent);
        Assert.True(cell.ClassList.Contains($"evd-estimate-{estimate.Basis.ToString().ToLowerInvariant()}"), cell.ClassName);
    }

    [Fact]
    public async Task Render_EndTomorrow_ShowsTheDate()
    {
        await using var services = SessionComponentServices.Create();
        var estimate = new EndTimeEstimate(Now.AddHours(12), EstimateBasis.TagAverage) { SessionCount = 3 };

        var document = await ComponentRenderer.RenderAsync<EstimateCell>(services, new Dictionary<string, object?> { ["Estimate"] = estimate, ["Now"] = Now });

        Assert.Equal("22 Nov 01:00", document.QuerySelector(".evd-estimate-time")!.TextContent);
    }
}
