using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Budgets;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;
using EvDashboard.Core.Tariffs.Pricing;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Core.Identity.Budgets;

/// <summary>Budgets decided by <see cref="TagAuthorizer"/> against the ledger in a migrated SQLite database.</summary>
public sealed class TagBudgetEnforcementTests : IAsyncLifetime
{
    // Saturday 21 November 2026, 09:00 in Berlin; the week began Monday 16th, 00:00 local (15th, 23:00 UTC).
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WeekStart = new(2026, 11, 15, 23, 0, 0, TimeSpan.Zero);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly SiteClock _clock = new(new ManualTimeProvider(Now), Options.Create(new SiteOptions { TimeZone = "Europe/Berlin" }));
    private int _connectorId;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        db.ChargePoints.Add(new ChargePoint("CP-1", null, Now, registeredOnFirstConnect: false));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task DecideAsync_WeeklyKwhBudgetSpent_BlockedWithReason()
    {
        await AddTagAsync("TAG1", new TagBudget(BudgetPeriod.Week, 50_000, null, null));
        await AddSessionAsync("TAG1", WeekStart.AddHours(1), 30_000);
        await AddSessionAsync("TAG1", Now.AddHours(-2), 22_300);

        var decision = await DecideAsync("TAG1", Priced());

        Assert.Equal(AuthorizationOutcome.Blocked, decision.Outcome);
        Assert.Equal("kWh budget for this week spent: 52.3 of 50 kWh", decision.Reason);
    }

    [Fact]
    public async Task DecideAsync_EnergyBeforeThePeriod_NotCounted()
    {
        await AddTagAsync("TAG1", new TagBudget(BudgetPeriod.Week, 50_000, null, null));
        await AddSessionAsync("TAG1", WeekStart.AddMinutes(-1), 60_000);
        await AddSessionAsync("TAG1", WeekStart, 49_999);

        var decision = await DecideAsync("TAG1", Priced());

        Assert.Equal(AuthorizationOutcome.Accepted, decision.Outcome);
        Assert.Null(decision.Reason);
    }

    [Fact]
    public async Task DecideAsync_OtherTagsEnergy_NotCounted()
    {
        await AddTagAsync("TAG1", new TagBudget(BudgetPeriod.Day, 1_000, null, null));
        await AddSessionAsync("TAG2", Now.AddHours(-1), 5_000);

        var decision = await DecideAsync("TAG1", Priced());

        Assert.Equal(AuthorizationOutcome.Accepted, decision.Outcome);
    }

    [Fact]
    public async Task DecideAsync_CostBudgetUnpricedSessions_CountsZeroAndAccepts()
    {
        await AddTagAsync("TAG1", new TagBudget(BudgetPeriod.Month, null, 1, "EUR"));
        await AddSessionAsync("TAG1", Now.AddHours(-1), 80_000);

        var decision = await DecideAsync("TAG1", Priced());

        Assert.Equal(AuthorizationOutcome.Accepted, decision.Outcome);
    }

    [Fact]
    public async Task DecideAsync_CostBudgetSpentByCostSource_BlockedWithReason()
    {
        await AddTagAsync("TAG1", new TagBudget(BudgetPeriod.Month, null, 2_000, "EUR"));
        var costs = new FixedSessionCost(2_150);

        var decision = await DecideAsync("TAG1", costs);

        Assert.Equal(AuthorizationOutcome.Blocked, decision.Outcome);
        Assert.Equal("Cost budget for this month spent: 21.50 of 20.00 EUR", decision.Reason);
        Assert.Equal((new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero), "EUR"), (costs.AskedFrom, costs.AskedCurrency));
    }

    [Fact]
    public async Task DecideAsync_PricedSessionsExceedCostBudget_BlockedWithReason()
    {
        await AddTagAsync("TAG1", new TagBudget(BudgetPeriod.Month, null, 2_000, "EUR"));
        await AddPricedSessionAsync("TAG1", Now.AddDays(-3), 1_200, "EUR");
        await AddRunningSessionAsync("TAG1", Now.AddHours(-1), await AddFlatTariffAsync(9.00m));

        var decision = await DecideAsync("TAG1", Priced());

        // 12.00 stored for the completed session + 9.00 running (the flat tariff's start fee, no VAT) = 21.00 > 20.00.
        Assert.Equal(AuthorizationOutcome.Blocked, decision.Outcome);
        Assert.Equal("Cost budget for this month spent: 21.00 of 20.00 EUR", decision.Reason);
    }

    [Fact]
    public async Task DecideAsync_CostsInOtherCurrencyOrBeforePeriod_NotCounted()
    {
        await AddTagAsync("TAG1", new TagBudget(BudgetPeriod.Month, null, 2_000, "EUR"));
        await AddPricedSessionAsync("TAG1", Now.AddDays(-3), 1_000, "EUR");
        await AddPricedSessionAsync("TAG1", Now.AddDays(-2), 5_000, "CHF");
        await AddPricedSessionAsync("TAG1", Now.AddDays(-40), 5_000, "EUR");
        await AddRunningSessionAsync("TAG1", Now.AddHours(-1), await AddFlatTariffAsync(9.00m));

        var decision = await DecideAsync("TAG1", Priced());

        Assert.Equal(AuthorizationOutcome.Accepted, decision.Outcome);
    }

    [Fact]
    public async Task DecideAsync_NoBudgetMeter_BudgetNotChecked()
    {
        // StopTransaction decides without budgets: a session already running is never refused for them.
        await AddTagAsync("TAG1", new TagBudget(BudgetPeriod.Day, 1_000, null, null));
        await AddSessionAsync("TAG1", Now.AddHours(-1), 5_000);

        await using var db = CreateContext();
        var decision = await TagAuthorizer.DecideAsync(db, "TAG1", Now, null, CancellationToken.None);

        Assert.Equal(AuthorizationOutcome.Accepted, decision.Outcome);
    }

    private async Task<AuthorizationDecision> DecideAsync(string idTag, ISessionCostSource costs)
    {
        await using var db = CreateContext();
        return await TagAuthorizer.DecideAsync(db, idTag, Now, null, CancellationToken.None, budgets: new BudgetMeter(_clock, costs));
    }

    private PricedSessionCost Priced() =>
        new(new SessionCosts(new ConnectionContexts(_connection), new LiveFeed(NullLogger<LiveFeed>.Instance), _clock, new ManualTimeProvider(Now), NullLogger<SessionCosts>.Instance));

    private EvDashboardDbContext CreateContext() => new(new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite(_connection).Options);

    private async Task AddTagAsync(string value, TagBudget budget)
    {
        var tag = new IdTag(value, Now.AddDays(-30));
        tag.SetBudget(budget, Now.AddDays(-1));
        await using var db = CreateContext();
        db.IdTags.Add(tag);
        await db.SaveChangesAsync();
    }

    private async Task AddSessionAsync(string idTag, DateTimeOffset startedAt, long energyWh)
    {
        var session = ChargingSession.Start(new SessionStart("CP-1", ++_connectorId, idTag, startedAt, 0, null, AuthorizationOutcome.Accepted, startedAt));
        session.Stop(new SessionStop(startedAt.AddMinutes(30), energyWh, "Local", null, startedAt.AddMinutes(30)));
        await using var db = CreateContext();
        db.ChargingSessions.Add(session);
        await db.SaveChangesAsync();
    }

    /// <summary>A completed session whose final cost (a single start-fee line) is stored.</summary>
    private async Task AddPricedSessionAsync(string idTag, DateTimeOffset startedAt, long totalMinor, string currency)
    {
        var session = ChargingSession.Start(new SessionStart("CP-1", ++_connectorId, idTag, startedAt, 0, null, AuthorizationOutcome.Accepted, startedAt));
        session.Stop(new SessionStop(startedAt.AddMinutes(30), 1_000, "Local", null, startedAt.AddMinutes(30)));
        session.RecordFinalCost(
            new CostBreakdown(currency, [new CostLine(CostComponent.StartFee, "Start fee", 1, "session", totalMinor / 100m, totalMinor)], totalMinor, 0, 0, totalMinor, 1_000, 0, 0),
            startedAt.AddMinutes(30));
        await using var db = CreateContext();
        db.ChargingSessions.Add(session);
        await db.SaveChangesAsync();
    }

    private async Task<int> AddFlatTariffAsync(decimal startFee)
    {
        var tariff = new Tariff("Flat", null, "EUR", Now);
        var version = tariff.AddVersion(new TariffDefinition { Currency = "EUR", StartFees = [new PriceComponent(startFee)] }, "test", Now);
        await using var db = CreateContext();
        db.Tariffs.Add(tariff);
        db.TariffVersions.Add(version);
        await db.SaveChangesAsync();
        return version.Id;
    }

    private async Task AddRunningSessionAsync(string idTag, DateTimeOffset startedAt, int tariffVersionId)
    {
        var session = ChargingSession.Start(new SessionStart("CP-1", ++_connectorId, idTag, startedAt, 0, null, AuthorizationOutcome.Accepted, startedAt));
        session.FreezeTariff(tariffVersionId, null);
        await using var db = CreateContext();
        db.ChargingSessions.Add(session);
        await db.SaveChangesAsync();
    }

    private sealed class ConnectionContexts(SqliteConnection connection) : IDbContextFactory<EvDashboardDbContext>
    {
        public EvDashboardDbContext CreateDbContext() => new(new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite(connection).Options);
    }

    private sealed class FixedSessionCost(long costMinor) : ISessionCostSource
    {
        public DateTimeOffset? AskedFrom { get; private set; }

        public string? AskedCurrency { get; private set; }

        public Task<long> CostMinorSinceAsync(EvDashboardDbContext db, string idTag, DateTimeOffset from, string currency, CancellationToken cancellationToken)
        {
            (AskedFrom, AskedCurrency) = (from, currency);
            return Task.FromResult(costMinor);
        }
    }
}
