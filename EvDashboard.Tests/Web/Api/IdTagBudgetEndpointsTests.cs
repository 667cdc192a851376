using System.Net;
using EvDashboard.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Api;

/// <summary>/api/id-tags with the type, owner and budget fields; a change through the API is audited.</summary>
public sealed class IdTagBudgetEndpointsTests : IAsyncLifetime
{
    private readonly ApiTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Create_TypeOwnerAndBudget_StoredReturnedAndAudited()
    {
        using var response = await _host.PostJsonAsync("/api/id-tags", new
        {
            idTag = "APP-7", type = "appToken", ownerName = "Ada", budgetPeriod = "week", budgetEnergyWh = 50_000, budgetCostMinor = 2_500, budgetCurrency = "EUR",
        });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal(("AppToken", "Ada"), (body.GetProperty("type").GetString(), body.GetProperty("ownerName").GetString()));
        Assert.Equal(50_000, body.GetProperty("budget").GetProperty("energyWh").GetInt64());
        var stored = await _host.ReadAsync(db => db.IdTags.SingleAsync());
        Assert.Equal(new TagBudget(BudgetPeriod.Week, 50_000, 2_500, "EUR"), stored.Budget);
        var audit = await _host.ReadAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("idtag.create", "APP-7", "api-key:config"), (audit.Action, audit.Target, audit.Actor));
    }

    [Theory]
    [InlineData("fortnight", 1_000L, null, "budgetPeriod")]
    [InlineData(null, 1_000L, null, "budgetPeriod")]
    [InlineData("Day", null, null, "budget")]
    [InlineData("Day", null, "EUR", "budget")]
    public async Task Create_BadBudget_Returns400ForTheField(string? period, long? energyWh, string? currency, string field)
    {
        using var response = await _host.PostJsonAsync("/api/id-tags", new
        {
            idTag = "BAD-1", budgetPeriod = period, budgetEnergyWh = energyWh, budgetCurrency = currency,
            budgetCostMinor = currency is null ? (long?)null : 0L,
        });

        await ApiAssert.ValidationProblemAsync(response, field);
        Assert.Equal(0, await _host.ReadAsync(db => db.IdTags.CountAsync()));
    }
}
