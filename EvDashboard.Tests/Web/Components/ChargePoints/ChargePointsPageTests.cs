using EvDashboard.Core.Access;
using EvDashboard.Components.Pages.ChargePoints;
using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;
using System.Security.Claims;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.ChargePoints;

public sealed class ChargePointsPageTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_NoChargePoints_SaysHowToGetSome()
    {
        await using var factory = new EvDashboardFactory();

        var document = await RenderAsync(factory);

        Assert.Equal("No charge points yet", document.QuerySelector(".evd-empty h2")!.TextContent);
        Assert.Null(document.QuerySelector(".evd-cp-pending"));
    }

    [Fact]
    public async Task Render_PendingAndApproved_PendingListedForDecisionApprovedInTableWithProfile()
    {
        await using var factory = new EvDashboardFactory();
        await factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            (scope, _) =>
            {
                var secure = new ChargePoint("CP-SECURE", "Bay 1", T0, registeredOnFirstConnect: false);
                secure.SetKeyHash(ChargePointKeyHasher.Hash("k3y-0f-s1xteen-plus"));
                secure.ChangeSecurityProfile(SecurityProfile.TlsBasic);
                scope.Db.ChargePoints.AddRange(secure, new ChargePoint("CP-WAITING", null, T0, registeredOnFirstConnect: true, ChargePointApproval.Pending));
                return Task.CompletedTask;
            },
            CancellationToken.None);

        var document = await RenderAsync(factory);

        var pending = document.QuerySelectorAll(".evd-cp-pending tbody tr");
        var approved = document.QuerySelectorAll("table[aria-label='Charge points'] tbody tr");
        Assert.Equal(["CP-WAITING"], pending.Select(r => r.QuerySelector("strong")!.TextContent));
        Assert.Equal(["Approve", "Reject"], pending[0].QuerySelectorAll("button .rz-button-text").Select(b => b.TextContent.Trim()));
        Assert.Equal(["CP-SECURE"], approved.Select(r => r.QuerySelector("strong")!.TextContent));
        Assert.Equal("2 · TLS + Basic", approved[0].QuerySelector(".evd-cp-profile-2")!.TextContent);
        Assert.Equal(["Edit", "Generate key", "Remove"], approved[0].QuerySelectorAll("button .rz-button-text").Select(b => b.TextContent.Trim()));
        var asOperator = await RenderAsync(factory, OperatorRoles.Operator);
        var operatorRow = asOperator.QuerySelectorAll("table[aria-label='Charge points'] tbody tr")[0];
        Assert.Equal(["Edit", "Remove"], operatorRow.QuerySelectorAll("button .rz-button-text").Select(b => b.TextContent.Trim()));
    }

    private static Task<IDocument> RenderAsync(EvDashboardFactory factory, string role = OperatorRoles.Admin) =>
        AppPageRenderer.RenderAsync<ChargePointsPage>(factory, "/chargepoints", role: role);
}
