using System.Text.Json;
using EvDashboard.Core.Sessions;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Api;

/// <summary>The cost on GET /api/sessions/{transactionId} (breakdown) and GET /api/sessions (totals).</summary>
public sealed class SessionCostEndpointsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = ApiTestData.T0;
    private static readonly string[] MinorTotals = ["netMinor", "vatMinor", "totalMinor"];
    private static readonly string[] ListCostFields = ["costTotal", "costTotalMinor", "costCurrency", "costIsFinal"];
    private readonly ApiTestHost _host = new(fakeCosts: true);
    private ChargingSession _completed = null!;
    private ChargingSession _active = null!;
    private ChargingSession _unpriced = null!;

    public async Task InitializeAsync()
    {
        _completed = ApiTestData.Session("CP-1", 1, "TAG-A", T0);
        _completed.Stop(new SessionStop(T0.AddHours(1), 11_000, "Local", "TAG-A", T0.AddHours(1)));
        _active = ApiTestData.Session("CP-1", 2, "TAG-B", T0.AddHours(2));
        _unpriced = ApiTestData.Session("CP-2", 1, "TAG-C", T0.AddHours(3));
        await _host.WriteAsync(db => db.AddRange(ApiTestData.ChargePoint("CP-1"), ApiTestData.ChargePoint("CP-2"), _completed, _active, _unpriced));
        _host.Factory.Costs.Add(FakeSessionCosts.Euro(_completed.TransactionId, 594, isFinal: true, tariffName: "Night saver", version: 4));
        _host.Factory.Costs.Add(FakeSessionCosts.Euro(_active.TransactionId, 1_250, isFinal: false));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_Priced_CostWithTariffLinesAndTotalsInMajorAndMinorUnits()
    {
        var session = await _host.GetJsonAsync($"/api/sessions/{_completed.TransactionId}");

        var cost = session.GetProperty("cost");
        Assert.True(cost.GetProperty("isFinal").GetBoolean());
        Assert.Equal("EUR", cost.GetProperty("currency").GetString());
        var tariff = cost.GetProperty("tariff");
        Assert.Equal(7, tariff.GetProperty("id").GetInt32());
        Assert.Equal("Night saver", tariff.GetProperty("name").GetString());
        Assert.Equal(4, tariff.GetProperty("version").GetInt32());
        Assert.Equal(5.94m, cost.GetProperty("net").GetDecimal());
        Assert.Equal(1.13m, cost.GetProperty("vat").GetDecimal());
        Assert.Equal(19m, cost.GetProperty("vatRatePercent").GetDecimal());
        Assert.Equal(7.07m, cost.GetProperty("total").GetDecimal());
        Assert.Equal([594L, 113L, 707L], MinorTotals.Select(p => cost.GetProperty(p).GetInt64()));
        var energy = cost.GetProperty("lines")[1];
        Assert.Equal("Energy", energy.GetProperty("component").GetString());
        Assert.Equal("Energy", energy.GetProperty("description").GetString());
        Assert.Equal("Mon–Fri 07:00–22:00", energy.GetProperty("band").GetString());
        Assert.Equal(12.5m, energy.GetProperty("quantity").GetDecimal());
        Assert.Equal("kWh", energy.GetProperty("unit").GetString());
        Assert.Equal(0.395m, energy.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(4.94m, energy.GetProperty("amount").GetDecimal());
        Assert.Equal(494, energy.GetProperty("amountMinor").GetInt64());
        Assert.Equal(JsonValueKind.Null, cost.GetProperty("lines")[0].GetProperty("band").ValueKind);
        Assert.Equal(0, session.GetProperty("meterSamples").GetArrayLength());
        Assert.Equal(0, session.GetProperty("statusHistory").GetArrayLength());
        Assert.Equal("TAG-A", session.GetProperty("idTag").GetString());
    }

    [Fact]
    public async Task Get_Running_CostIsNotFinal()
    {
        var session = await _host.GetJsonAsync($"/api/sessions/{_active.TransactionId}");

        Assert.False(session.GetProperty("cost").GetProperty("isFinal").GetBoolean());
        Assert.Equal(14.88m, session.GetProperty("cost").GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Get_Unpriced_CostIsNull()
    {
        var session = await _host.GetJsonAsync($"/api/sessions/{_unpriced.TransactionId}");

        Assert.Equal(JsonValueKind.Null, session.GetProperty("cost").ValueKind);
        Assert.Equal(_unpriced.TransactionId, session.GetProperty("transactionId").GetInt32());
    }

    [Fact]
    public async Task List_Sessions_EachWithItsTotalAndCurrencyOrNulls()
    {
        var list = await _host.GetJsonAsync("/api/sessions");

        var byId = list.EnumerateArray().ToDictionary(s => s.GetProperty("transactionId").GetInt32());
        var completed = byId[_completed.TransactionId];
        Assert.Equal(7.07m, completed.GetProperty("costTotal").GetDecimal());
        Assert.Equal(707, completed.GetProperty("costTotalMinor").GetInt64());
        Assert.Equal("EUR", completed.GetProperty("costCurrency").GetString());
        Assert.True(completed.GetProperty("costIsFinal").GetBoolean());
        Assert.False(byId[_active.TransactionId].GetProperty("costIsFinal").GetBoolean());
        var unpriced = byId[_unpriced.TransactionId];
        Assert.All(ListCostFields, p => Assert.Equal(JsonValueKind.Null, unpriced.GetProperty(p).ValueKind));
        Assert.Equal(10_000, completed.GetProperty("energyWh").GetInt64());
    }
}
