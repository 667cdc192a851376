using System.Globalization;
using EvDashboard.Core.Data;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>A whole priced session over a real socket: the stored final cost matches a hand computation to the cent.</summary>
public sealed class OcppPricingTests : IAsyncLifetime
{
    // Friday 20 November 2026; Berlin is on CET (UTC+1), so the 22:00 night band starts at 21:00 UTC.
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 20, 0, 0, TimeSpan.Zero);
    private readonly EvDashboardFactory _factory = new(new Dictionary<string, string?> { ["Site:TimeZone"] = "Europe/Berlin" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task WholeSession_CrossesNightBandThenIdles_StoredCostMatchesHandComputation()
    {
        await AddSiteTariffAsync();
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-PRICE");
        await cp.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "AC22" });
        await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Charging", timestamp = T0 });
        var start = await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "DRIVER1", meterStart = 1_000_000, timestamp = T0 });
        var tx = start.GetProperty("transactionId").GetInt32();
        await MeterAsync(cp, tx, T0.AddMinutes(40), 1_007_000);
        await MeterAsync(cp, tx, T0.AddMinutes(80), 1_014_000);
        await MeterAsync(cp, tx, T0.AddMinutes(90), 1_016_000);
        await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "SuspendedEV", timestamp = T0.AddMinutes(90) });

        await cp.CallAsync("StopTransaction", new { transactionId = tx, meterStop = 1_016_000, timestamp = T0.AddMinutes(150), reason = "EVDisconnected" });

        // Tariff "Standard": EUR, 19 % VAT, start fee 0.50, energy 0.39/kWh 07:00–22:00 and 0.29/kWh 22:00–07:00 (Berlin), per Wh;
        // idle 0.10 per started minute after 30 minutes' grace, capped at 12.00.
        // Session 21:00–23:30 Berlin (20:00–22:30 UTC), register 1,000,000 → 1,016,000 Wh.
        //   Energy before 22:00 Berlin (21:00 UTC): 7,000 Wh to 21:40, then half of the 7,000 Wh between 21:40 and 22:20 → 10,500 Wh.
        //     Day:   10.5 kWh × 0.39 = 4.095
        //     Night: 5.5 kWh (3,500 to 22:20 + 2,000 to 22:30) × 0.29 = 1.595
        //   Idle: SuspendedEV and the last Wh at 22:30 Berlin, unplugged (stop) at 23:30: 60 min, 30 after grace × 0.10 = 3.00
        //   Start fee 0.50.
        //   Net 0.50 + 4.095 + 1.595 + 3.00 = 9.19 → 919; VAT 19 % of 919 = 174.61 → 175; total 1,094.
        //   Lines share the net exactly: 50 + 409.5 + 159.5 + 300 rounds to 920, one cent over; it comes off the first line
        //   rounded up by half a cent (day energy): 50, 409, 160, 300.
        await using var db = _factory.CreateDbContext();
        var session = await db.ChargingSessions.AsNoTracking().SingleAsync(s => s.TransactionId == tx);
        Assert.Equal(("EUR", 919L, 175L, 1_094L), (session.CostCurrency, session.CostNetMinor, session.CostVatMinor, session.CostTotalMinor));
        var cost = session.FinalCost!;
        Assert.Equal((16_000L, 3_600L), (cost.EnergyWh, cost.IdleSeconds));
        Assert.Equal(
            [(CostComponent.StartFee, 0.50m, 50L), (CostComponent.Energy, 0.39m, 409L), (CostComponent.Energy, 0.29m, 160L), (CostComponent.Idle, 0.10m, 300L)],
            cost.Lines.Select(l => (l.Component, l.UnitPrice, l.AmountMinor)));
        Assert.Equal([10.5m, 5.5m], cost.Lines.Where(l => l.Component == CostComponent.Energy).Select(l => l.Quantity));
        Assert.Equal(30m, cost.Lines.Single(l => l.Component == CostComponent.Idle).Quantity);
    }

    private Task AddSiteTariffAsync() =>
        _factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            async (scope, ct) =>
            {
                var tariff = new Tariff("Standard", null, "EUR", T0);
                scope.Db.Tariffs.Add(tariff);
                scope.Db.TariffVersions.Add(tariff.AddVersion(Standard, "test", T0));
                await scope.Db.SaveChangesAsync(ct);
                scope.Db.TariffAssignments.Add(new TariffAssignment(tariff.Id, TariffScope.Site, null, null, null, "test", T0));
            },
            CancellationToken.None);

    private static TariffDefinition Standard { get; } = new()
    {
        Currency = "EUR",
        VatRatePercent = 19m,
        StartFees = [new PriceComponent(0.50m)],
        Energy =
        [
            new PriceComponent(0.39m, new PriceRestriction(StartTime: new TimeOnly(7, 0), EndTime: new TimeOnly(22, 0))),
            new PriceComponent(0.29m, new PriceRestriction(StartTime: new TimeOnly(22, 0), EndTime: new TimeOnly(7, 0))),
        ],
        Idle = [new PriceComponent(0.10m)],
        IdleGraceMinutes = 30,
        IdleFeeCap = 12.00m,
        Steps = new TariffSteps(EnergyWh: 1, IdleSeconds: 60),
    };

    private static Task<System.Text.Json.JsonElement> MeterAsync(OcppTestClient cp, int tx, DateTimeOffset at, long registerWh) =>
        cp.CallAsync("MeterValues", new
        {
            connectorId = 1,
            transactionId = tx,
            meterValue = new[]
            {
                new
                {
                    timestamp = at,
                    sampledValue = new object[]
                    {
                        new { value = registerWh.ToString(CultureInfo.InvariantCulture), measurand = "Energy.Active.Import.Register", unit = "Wh" },
                        new { value = "10500", measurand = "Power.Active.Import", unit = "W" },
                    },
                },
            },
        });
}
