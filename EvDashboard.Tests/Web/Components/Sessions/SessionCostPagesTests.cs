using AngleSharp.Dom;
using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Access;
using EvDashboard.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Sessions;

/// <summary>Cost on the session pages: sessions driven over OCPP, costs from <see cref="FakeSessionCosts"/>.</summary>
public sealed class SessionCostPagesTests
{
    [Theory]
    [InlineData(OperatorRoles.Admin)]
    [InlineData(OperatorRoles.Manager)]
    [InlineData(OperatorRoles.Operator)]
    [InlineData(OperatorRoles.SiteStaff)]
    public async Task ActiveSessions_PricedAndUnpriced_RunningCostOrDashForEveryRole(string role)
    {
        await using var factory = new EvDashboardFactory { UseFakeCosts = true };
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        var now = SessionFleet.Now(factory);
        var priced = await SessionFleet.StartAsync(cp, 1, "TAG-1", now.AddMinutes(-20));
        var unpriced = await SessionFleet.StartAsync(cp, 2, "TAG-2", now.AddMinutes(-10));
        factory.Costs.Add(FakeSessionCosts.Euro(priced, 1_250, isFinal: false));

        var document = await AppPageRenderer.RenderAsync<ActiveSessions>(factory, "/sessions/active", role: role);

        var cost = Row(document, priced).QuerySelector("td.cost .evd-cost")!;
        Assert.Equal("14.88 EUR", cost.TextContent);
        Assert.True(cost.ClassList.Contains("evd-cost-running"), cost.ClassName);
        Assert.StartsWith("Running cost incl. VAT · Standard AC (version 3)", cost.GetAttribute("title"), StringComparison.Ordinal);
        var none = Row(document, unpriced).QuerySelector("td.cost .evd-cost")!;
        Assert.Equal("—", none.TextContent);
        Assert.Equal("No tariff", none.GetAttribute("title"));
        Assert.Equal("14.88 EUR so far", document.QuerySelector(".evd-active-cost")!.TextContent);
    }

    [Theory]
    [InlineData(OperatorRoles.Manager)]
    [InlineData(OperatorRoles.Operator)]
    [InlineData(OperatorRoles.SiteStaff)]
    public async Task SessionDetail_Running_CardWithTariffBreakdownVatAndTotal(string role)
    {
        await using var factory = new EvDashboardFactory { UseFakeCosts = true };
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        var tx = await SessionFleet.StartAsync(cp, 1, "TAG-1", SessionFleet.Now(factory).AddMinutes(-20));
        factory.Costs.Add(FakeSessionCosts.Euro(tx, 594, isFinal: false, tariffName: "Night saver", version: 4));

        var document = await RenderDetailAsync(factory, tx, role);

        var card = document.QuerySelector(".evd-detail-cost")!;
        Assert.Equal("Running cost", card.QuerySelector(".evd-cost-kind")!.TextContent);
        Assert.Equal("Tariff Night saver · version 4", card.QuerySelector(".evd-cost-tariff")!.TextContent);
        Assert.Equal("7.07 EUR", card.QuerySelector(".evd-cost-total")!.TextContent);
        Assert.Equal(["Start fee", "Energy"], card.QuerySelectorAll(".evd-breakdown tbody .component .name").Select(c => c.TextContent));
        Assert.Equal("VAT 19 %", card.QuerySelector("tfoot .vat th")!.TextContent);
        Assert.Equal("1.13 EUR", card.QuerySelector("tfoot .vat td")!.TextContent);
        Assert.Equal("5.94 EUR", card.QuerySelector("tfoot .net td")!.TextContent);
    }

    [Fact]
    public async Task SessionDetail_CompletedPriced_SaysFinal()
    {
        await using var factory = new EvDashboardFactory { UseFakeCosts = true };
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        var tx = await SessionFleet.CompletedAsync(cp, 1, "TAG-1", SessionFleet.Now(factory).AddHours(-2), minutes: 30);
        factory.Costs.Add(FakeSessionCosts.Euro(tx, 2_000, isFinal: true));

        var document = await RenderDetailAsync(factory, tx, OperatorRoles.Admin);

        Assert.Equal("Final cost", document.QuerySelector(".evd-detail-cost .evd-cost-kind.final")!.TextContent);
        Assert.Equal("23.80 EUR", document.QuerySelector(".evd-detail-cost .evd-cost-total")!.TextContent);
    }

    [Fact]
    public async Task SessionDetail_Unpriced_DashAndWhy()
    {
        await using var factory = new EvDashboardFactory { UseFakeCosts = true };
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        var tx = await SessionFleet.CompletedAsync(cp, 1, "TAG-1", SessionFleet.Now(factory).AddHours(-2), minutes: 30);

        var document = await RenderDetailAsync(factory, tx, OperatorRoles.Admin);

        var card = document.QuerySelector(".evd-detail-cost")!;
        Assert.Equal("No tariff", card.QuerySelector(".evd-cost-none")!.GetAttribute("title"));
        Assert.Contains("not priced", card.QuerySelector(".evd-cost-unpriced")!.TextContent, StringComparison.Ordinal);
        Assert.Null(card.QuerySelector(".evd-breakdown"));
        Assert.Null(card.QuerySelector(".evd-cost-kind"));
    }

    [Theory]
    [InlineData(OperatorRoles.Manager)]
    [InlineData(OperatorRoles.Operator)]
    [InlineData(OperatorRoles.SiteStaff)]
    public async Task SessionHistory_Costs_ColumnPerSessionAndFinalTotalsPerCurrency(string role)
    {
        await using var factory = new EvDashboardFactory { UseFakeCosts = true };
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        var now = SessionFleet.Now(factory);
        var euro = await SessionFleet.CompletedAsync(cp, 1, "TAG-1", now.AddHours(-6), minutes: 30);
        var franc = await SessionFleet.CompletedAsync(cp, 1, "TAG-1", now.AddHours(-5), minutes: 30);
        var euro2 = await SessionFleet.CompletedAsync(cp, 1, "TAG-1", now.AddHours(-4), minutes: 30);
        var unpriced = await SessionFleet.CompletedAsync(cp, 2, "TAG-2", now.AddHours(-3), minutes: 30);
        var running = await SessionFleet.StartAsync(cp, 1, "TAG-3", now.AddMinutes(-15));
        var euroCost = factory.Costs.Add(FakeSessionCosts.Euro(euro, 1_000, isFinal: true));
        var euro2Cost = factory.Costs.Add(FakeSessionCosts.Euro(euro2, 2_000, isFinal: true));
        var francCost = factory.Costs.Add(FakeSessionCosts.Euro(franc, 500, isFinal: true) with
        {
            Breakdown = FakeSessionCosts.Euro(franc, 500, isFinal: true).Breakdown with { Currency = "CHF" },
        });
        factory.Costs.Add(FakeSessionCosts.Euro(running, 300, isFinal: false));
        await StoreFinalCostsAsync(factory, euroCost, euro2Cost, francCost);

        var document = await AppPageRenderer.RenderAsync<SessionHistory>(factory, "/sessions", role: role);

        Assert.Equal("11.90 EUR", CostCell(document, euro));
        Assert.Equal("5.95 CHF", CostCell(document, franc));
        Assert.Equal("—", CostCell(document, unpriced));
        Assert.Equal("3.57 EUR", CostCell(document, running));
        var totals = document.QuerySelectorAll(".evd-history-grid tfoot .evd-cost-total").Select(t => t.TextContent).ToList();
        Assert.Equal(["5.95 CHF", "35.70 EUR"], totals);
    }

    private static async Task StoreFinalCostsAsync(EvDashboardFactory factory, params EvDashboard.Core.Tariffs.Pricing.SessionCost[] costs) =>
        await factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            async (scope, ct) =>
            {
                foreach (var cost in costs)
                {
                    var session = await scope.Db.ChargingSessions.SingleAsync(s => s.TransactionId == cost.TransactionId, ct);
                    session.RecordFinalCost(cost.Breakdown, SessionFleet.Now(factory));
                }
            },
            CancellationToken.None);

    private static Task<IDocument> RenderDetailAsync(EvDashboardFactory factory, int tx, string role) =>
        AppPageRenderer.RenderAsync<SessionDetailPage>(factory, $"/sessions/{tx}", new Dictionary<string, object?> { ["TransactionId"] = tx }, role);

    private static string CostCell(IDocument document, int transactionId)
    {
        var link = document.QuerySelector($".evd-history-grid a[href='/sessions/{transactionId}']")
            ?? throw new Xunit.Sdk.XunitException($"No row for {transactionId}");
        return link.Closest("tr")!.QuerySelector(".evd-cost")!.TextContent;
    }

    private static IElement Row(IDocument document, int transactionId) =>
        document.QuerySelector($"tr[data-transaction='{transactionId}']") ?? throw new Xunit.Sdk.XunitException($"No row for {transactionId}");
}
