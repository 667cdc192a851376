using EvDashboard.Core.Sessions;
using EvDashboard.Core.Tariffs.Calculation;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Tariffs.Pricing;

/// <summary>The tariff frozen at StartTransaction and the final cost stored at StopTransaction, through the real handlers and writer.</summary>
public sealed class SessionPricingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 21, 0, 0, TimeSpan.Zero);
    private PricingHost _host = default!;

    public async Task InitializeAsync() => _host = await PricingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StartTransaction_SiteTariff_FreezesItsCurrentVersion()
    {
        var (tariffId, _) = await _host.AddTariffAsync(PricingTariffs.Energy(0.30m));
        var current = await _host.AddVersionAsync(tariffId, PricingTariffs.Energy(0.35m));

        var tx = await _host.StartAsync("TAG1", 0, T0);

        var session = await _host.SessionAsync(tx);
        Assert.Equal(current, session.TariffVersionId);
        Assert.Null(session.TagGroup);
    }

    [Fact]
    public async Task StartTransaction_TagInGroupWithGroupTariff_FreezesGroupVersionAndGroup()
    {
        await _host.AddTariffAsync(PricingTariffs.Energy(), "Public");
        var (_, fleetVersion) = await _host.AddTariffAsync(PricingTariffs.Energy(0.20m), "Fleet", group: "FLEET");
        await _host.AddTagAsync("DRIVER1", "FLEET");

        var tx = await _host.StartAsync("DRIVER1", 0, T0);

        var session = await _host.SessionAsync(tx);
        Assert.Equal((fleetVersion, "FLEET"), (session.TariffVersionId, session.TagGroup));
    }

    [Fact]
    public async Task StartTransaction_ResendAfterTariffEdit_KeepsWhatTheFirstStartFroze()
    {
        var (tariffId, first) = await _host.AddTariffAsync(PricingTariffs.Energy());
        var tx = await _host.StartAsync("TAG1", 0, T0);
        await _host.AddVersionAsync(tariffId, PricingTariffs.Energy(0.50m));

        var resent = await _host.StartAsync("TAG1", 0, T0);

        Assert.Equal(tx, resent);
        Assert.Equal(first, (await _host.SessionAsync(tx)).TariffVersionId);
    }

    [Fact]
    public async Task StartTransaction_NoTariff_SessionHasNone()
    {
        var tx = await _host.StartAsync("TAG1", 0, T0);

        Assert.Null((await _host.SessionAsync(tx)).TariffVersionId);
    }

    [Fact]
    public async Task StopTransaction_TariffEditedDuringSession_PricedByFrozenVersion()
    {
        var (tariffId, first) = await _host.AddTariffAsync(PricingTariffs.Energy(0.30m));
        var tx = await _host.StartAsync("TAG1", 0, T0);
        await _host.AddVersionAsync(tariffId, PricingTariffs.Energy(0.50m));

        await _host.StopAsync(tx, 10_000, T0.AddHours(1));

        // Version 1: 1.00 start fee + 10 kWh × 0.30 = 4.00 net, 20 % VAT 0.80, total 4.80 (version 2 would have made it 6.00 net).
        var session = await _host.SessionAsync(tx);
        Assert.Equal(first, session.TariffVersionId);
        Assert.Equal(("EUR", 400L, 80L, 480L), (session.CostCurrency, session.CostNetMinor, session.CostVatMinor, session.CostTotalMinor));
        var lines = session.FinalCost!.Lines;
        Assert.Equal(100, lines.Single(l => l.Component == CostComponent.StartFee).AmountMinor);
        Assert.Equal(300, lines.Single(l => l.Component == CostComponent.Energy).AmountMinor);
    }

    [Fact]
    public async Task StopTransaction_TransactionDataCrossesBand_PricedWithItsReadings()
    {
        await _host.AddTariffAsync(PricingTariffs.DayAndNight);
        var tx = await _host.StartAsync("TAG1", 0, T0);

        await _host.CallAsync("StopTransaction", new
        {
            transactionId = tx,
            meterStop = 20_000,
            timestamp = T0.AddHours(2),
            transactionData = new[]
            {
                new { timestamp = T0.AddHours(1), sampledValue = new[] { new { value = "15000", measurand = "Energy.Active.Import.Register", unit = "Wh" } } },
            },
        });

        // 21:00–22:00 UTC (day): 15 kWh × 0.40 = 6.00; 22:00–23:00 (night): 5 kWh × 0.20 = 1.00. Net 7.00, VAT 1.40, total 8.40.
        // Without the stop's own reading the energy would spread evenly (10 + 10 kWh, 6.00 net).
        var session = await _host.SessionAsync(tx);
        Assert.Equal((700L, 140L, 840L), (session.CostNetMinor, session.CostVatMinor, session.CostTotalMinor));
    }

    [Fact]
    public async Task StopTransaction_Replayed_KeepsTheFirstCost()
    {
        var (tariffId, _) = await _host.AddTariffAsync(PricingTariffs.Energy());
        var tx = await _host.StartAsync("TAG1", 0, T0);
        await _host.StopAsync(tx, 10_000, T0.AddHours(1));
        var first = await _host.SessionAsync(tx);
        await _host.AddVersionAsync(tariffId, PricingTariffs.Energy(0.50m));
        _host.Host.Clock.Advance(TimeSpan.FromMinutes(5));

        await _host.StopAsync(tx, 10_000, T0.AddHours(1));

        var replayed = await _host.SessionAsync(tx);
        Assert.Equal(480, first.CostTotalMinor);
        Assert.Equal((first.CostTotalMinor, first.CostComputedAt, first.CostBreakdownJson), (replayed.CostTotalMinor, replayed.CostComputedAt, replayed.CostBreakdownJson));
    }

    [Fact]
    public async Task StopTransaction_NoTariff_CompletedUnpriced()
    {
        var tx = await _host.StartAsync("TAG1", 0, T0);

        await _host.StopAsync(tx, 10_000, T0.AddHours(1));

        var session = await _host.SessionAsync(tx);
        Assert.Equal(SessionStatus.Completed, session.Status);
        Assert.False(session.IsPriced);
        Assert.Null(session.CostBreakdownJson);
        await using var db = _host.Host.CreateDbContext();
        Assert.False(await db.LedgerAnomalies.AnyAsync(a => a.TransactionId == tx));
    }

    [Fact]
    public async Task StopTransaction_CorruptTariffDefinition_StopStoredAndAnsweredSessionUnpriced()
    {
        var (_, version) = await _host.AddTariffAsync(PricingTariffs.Energy());
        var tx = await _host.StartAsync("TAG1", 0, T0);
        await _host.Host.Writer.ExecuteAsync(
            async (scope, ct) =>
            {
                await using var command = scope.CreateCommand("UPDATE TariffVersions SET DefinitionJson = '{\"currency\": ' WHERE Id = $id");
                command.Parameters.AddWithValue("$id", version);
                Assert.Equal(1, await command.ExecuteNonQueryAsync(ct));
            },
            CancellationToken.None);

        var answer = await _host.StopAsync(tx, 10_000, T0.AddHours(1));

        Assert.Equal(System.Text.Json.JsonValueKind.Object, answer.ValueKind);
        var session = await _host.SessionAsync(tx);
        Assert.Equal((SessionStatus.Completed, 10_000L, version), (session.Status, session.MeterStopWh, session.TariffVersionId));
        Assert.False(session.IsPriced);
        Assert.Null(session.CostBreakdownJson);
        await using var db = _host.Host.CreateDbContext();
        Assert.Equal(LedgerAnomalyKind.SessionNotPriced,
            (await db.LedgerAnomalies.AsNoTracking().SingleAsync(a => a.TransactionId == tx)).Kind);
    }
}
