using System.Globalization;
using System.Text.Json;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Data;
using EvDashboard.Core.Healing;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Healing;

/// <summary>Power loss mid-session, the charger back, RemoteStart received, one receipt for the whole billing session — over a real socket.</summary>
public sealed class SessionContinuationOverOcppTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new(new Dictionary<string, string?>
    {
        ["Healing:Sessions:StuckGraceMinutes"] = "0",
        ["Billing:ReceiptSweepSeconds"] = "5",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task PowerLossMidSession_ChargerBackAndPreparing_ContinuedWithOneReceiptAndOneStartFee()
    {
        await AddSiteTariffAsync();
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-CONT");
        await cp.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "AC22" });
        var now = DateTimeOffset.UtcNow;
        var root = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "DRIVER1", meterStart = 0, timestamp = now.AddMinutes(-30) }))
            .GetProperty("transactionId").GetInt32();
        await MeterAsync(cp, root, now.AddMinutes(-10), 5_000);

        await cp.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "AC22" });
        await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Preparing", timestamp = now });
        var remoteStart = await ReceiveCallAsync(cp, "RemoteStartTransaction");
        await cp.SendFrameAsync($"[3,\"{remoteStart[1].GetString()}\",{{\"status\":\"Accepted\"}}]");
        var segment = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "DRIVER1", meterStart = 5_000, timestamp = now.AddSeconds(5) }))
            .GetProperty("transactionId").GetInt32();
        await MeterAsync(cp, segment, now.AddMinutes(10), 8_000);
        await cp.CallAsync("StopTransaction", new { transactionId = segment, meterStop = 8_000, timestamp = now.AddMinutes(11), reason = "EVDisconnected" });
        var receipt = await WaitForReceiptAsync();

        Assert.Equal(("DRIVER1", 1), (remoteStart[3].GetProperty("idTag").GetString(), remoteStart[3].GetProperty("connectorId").GetInt32()));
        await using var db = _factory.CreateDbContext();
        Assert.Equal(1, await db.Invoices.CountAsync(i => i.Kind == InvoiceKind.Receipt));
        Assert.Equal(($"receipt:{root}", (int?)root), (receipt.IssueKey, receipt.TransactionId));
        Assert.Single(receipt.Lines, l => l.Description.StartsWith("Start fee", StringComparison.Ordinal));
        // 5 kWh before the power loss and 3 kWh after it: 8 kWh at 0.40 plus one start fee of 1.00 = 4.20 net.
        Assert.Equal(8m, receipt.Lines.Where(l => l.Unit == "kWh").Sum(l => l.Quantity));
        Assert.Equal(420L, receipt.NetMinor);
        Assert.Equal([root, segment], receipt.Lines.Select(l => l.TransactionId!.Value).Distinct().Order());
        var continued = await db.ChargingSessions.AsNoTracking().SingleAsync(s => s.TransactionId == segment);
        Assert.Equal(((int?)root, (int?)root), (continued.ContinuesTransactionId, continued.ChainRootId));
        Assert.DoesNotContain(continued.FinalCost!.Lines, l => l.Component == CostComponent.StartFee);
        Assert.Equal(ContinuationOutcome.Started, (await db.SessionContinuations.AsNoTracking().SingleAsync()).Outcome);
    }

    /// <summary>The next server CALL of the given action; any other server call is answered NotSupported.</summary>
    private static async Task<JsonElement> ReceiveCallAsync(OcppTestClient cp, string action)
    {
        while (true)
        {
            var frame = await cp.ReceiveAsync();
            if (frame[0].GetInt32() == 2 && frame[2].GetString() == action)
            {
                return frame;
            }

            await cp.SendFrameAsync($"[4,\"{frame[1].GetString()}\",\"NotSupported\",\"\",{{}}]");
        }
    }

    private async Task<Invoice> WaitForReceiptAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            await using (var db = _factory.CreateDbContext())
            {
                var receipt = await db.Invoices.Include(i => i.Lines).AsNoTracking().FirstOrDefaultAsync(i => i.Kind == InvoiceKind.Receipt, timeout.Token);
                if (receipt is not null)
                {
                    return receipt;
                }
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    private Task AddSiteTariffAsync() =>
        _factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            async (scope, ct) =>
            {
                var since = DateTimeOffset.UtcNow.AddDays(-1);
                var tariff = new Tariff("Standard", null, "EUR", since);
                scope.Db.Tariffs.Add(tariff);
                var definition = new TariffDefinition
                {
                    Currency = "EUR",
                    VatRatePercent = 19m,
                    StartFees = [new PriceComponent(1.00m)],
                    Energy = [new PriceComponent(0.40m)],
                    Steps = new TariffSteps(EnergyWh: 1),
                };
                scope.Db.TariffVersions.Add(tariff.AddVersion(definition, "test", since));
                await scope.Db.SaveChangesAsync(ct);
                scope.Db.TariffAssignments.Add(new TariffAssignment(tariff.Id, TariffScope.Site, null, null, null, "test", since));
            },
            CancellationToken.None);

    private static Task<JsonElement> MeterAsync(OcppTestClient cp, int tx, DateTimeOffset at, long registerWh) =>
        cp.CallAsync("MeterValues", new
        {
            connectorId = 1,
            transactionId = tx,
            meterValue = new[]
            {
                new
                {
                    timestamp = at,
                    sampledValue = new[] { new { value = registerWh.ToString(CultureInfo.InvariantCulture), measurand = "Energy.Active.Import.Register", unit = "Wh" } },
                },
            },
        });
}
