using EvDashboard.Components.Shared;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components;

public sealed class CostBreakdownTableTests
{
    [Fact]
    public async Task Render_Breakdown_LinesWithBandQuantityUnitPriceThenNetVatTotal()
    {
        var breakdown = FakeSessionCosts.Euro(1, 594, isFinal: false).Breakdown;
        await using var services = ComponentRenderer.Services().BuildServiceProvider();

        var document = await ComponentRenderer.RenderAsync<CostBreakdownTable>(services, new Dictionary<string, object?> { ["Breakdown"] = breakdown });

        var energy = document.QuerySelector("tr[data-component='Energy']")!;
        Assert.Equal("Energy", energy.QuerySelector(".component .name")!.TextContent);
        Assert.Equal("Mon–Fri 07:00–22:00", energy.QuerySelector(".band")!.TextContent);
        Assert.Equal("12.5 kWh", energy.QuerySelector(".quantity")!.TextContent);
        Assert.Equal("0.395 EUR/kWh", energy.QuerySelector(".unit-price")!.TextContent);
        Assert.Equal("4.94 EUR", energy.QuerySelector(".amount")!.TextContent);
        var start = document.QuerySelector("tr[data-component='StartFee']")!;
        Assert.Null(start.QuerySelector(".band"));
        Assert.Equal("1.00 EUR", start.QuerySelector(".unit-price")!.TextContent);
        Assert.Equal("5.94 EUR", document.QuerySelector("tfoot .net td")!.TextContent);
        Assert.Equal("VAT 19 %", document.QuerySelector("tfoot .vat th")!.TextContent);
        Assert.Equal("1.13 EUR", document.QuerySelector("tfoot .vat td")!.TextContent);
        Assert.Equal("7.07 EUR", document.QuerySelector("tfoot .total td")!.TextContent);
    }
}
