using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;

namespace EvDashboard.Tests.Core.Sessions.Queries;

/// <summary>History filters, sorts, paging and totals in SQL on a real SQLite file, with sessions written by the ledger.</summary>
public sealed class SessionHistoryQueriesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private SessionPagesDatabase _db = null!;
    private SessionHistoryQueries _queries = null!;
    private readonly Dictionary<string, int> _ids = [];

    public async Task InitializeAsync()
    {
        _db = await SessionPagesDatabase.CreateAsync(Now);
        _queries = new SessionHistoryQueries(_db.Contexts, _db.Time);
        _ids["a"] = await _db.CompletedAsync("CP-1", 1, "04A1B2C3", Now.AddDays(-3), minutes: 30, energyWh: 3_500);
        _ids["b"] = await _db.CompletedAsync("CP-1", 2, "04a1ffff", Now.AddDays(-2), minutes: 90, energyWh: 10_000);
        _ids["c"] = await _db.CompletedAsync("CP-2", 1, "AB_1", Now.AddDays(-1), minutes: 45, energyWh: 20_000);
        _ids["d"] = await _db.CompletedAsync("CP-2", 2, "ABX1", Now.AddHours(-5), minutes: 10, energyWh: 500);
        _ids["e"] = await _db.StartAsync("CP-3", 1, "04A1B2C3", Now.AddMinutes(-20));
        await _db.MeterAsync("CP-3", 1, _ids["e"], Now.AddMinutes(-1), 11_000);
        _ids["f"] = await _db.StartAsync("CP-2", 1, "PIN1", Now.AddHours(-4));
        await _db.InterruptAsync("CP-2", Now.AddHours(-3));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task TotalsAsync_NoFilter_CountsEnergyAndDurationOfEverySession()
    {
        var totals = await _queries.TotalsAsync(new SessionHistoryFilter(), CancellationToken.None);

        Assert.Equal(6, totals.Sessions);
        Assert.Equal(3_500 + 10_000 + 20_000 + 500 + 1_000, totals.EnergyWh);
        // Completed to their stop, the running one to now, the interrupted one to its interruption.
        Assert.Equal(TimeSpan.FromMinutes(30 + 90 + 45 + 10 + 20 + 60), totals.Duration);
    }

    [Theory]
    [InlineData("station", "b,a")]
    [InlineData("tag-exact-other-case", "e,a")]
    [InlineData("tag-prefix", "e,b,a")]
    [InlineData("tag-prefix-underscore-is-literal", "c")]
    [InlineData("status-active", "e")]
    [InlineData("status-interrupted", "f")]
    [InlineData("last-two-days", "e,f,d,c")]
    [InlineData("station-and-status", "d,c")]
    public async Task PageAsync_Filter_ReturnsMatchingSessionsNewestFirst(string filterName, string expected)
    {
        var filter = filterName switch
        {
            "station" => new SessionHistoryFilter { ChargePointId = "CP-1" },
            "tag-exact-other-case" => new SessionHistoryFilter { IdTag = "04a1b2c3" },
            "tag-prefix" => new SessionHistoryFilter { IdTag = "04A1", IdTagPrefix = true },
            "tag-prefix-underscore-is-literal" => new SessionHistoryFilter { IdTag = "AB_", IdTagPrefix = true },
            "status-active" => new SessionHistoryFilter { Status = SessionStatus.Active },
            "status-interrupted" => new SessionHistoryFilter { Status = SessionStatus.Interrupted },
            "last-two-days" => new SessionHistoryFilter { From = Now.AddDays(-1).AddMinutes(-1), Until = Now },
            _ => new SessionHistoryFilter { ChargePointId = "CP-2", Status = SessionStatus.Completed },
        };

        var rows = await _queries.PageAsync(filter, SessionHistorySort.Newest, 0, 50, CancellationToken.None);

        Assert.Equal(Ids(expected), rows.Select(r => r.TransactionId));
        Assert.Equal(rows.Count, (await _queries.TotalsAsync(filter, CancellationToken.None)).Sessions);
    }

    [Fact]
    public async Task PageAsync_UntilIsExclusive_SessionStartingAtUntilIsLeftOut()
    {
        var filter = new SessionHistoryFilter { From = Now.AddDays(-3), Until = Now.AddDays(-2) };

        var rows = await _queries.PageAsync(filter, SessionHistorySort.Newest, 0, 50, CancellationToken.None);

        Assert.Equal([_ids["a"]], rows.Select(r => r.TransactionId));
    }

    /// <remarks>Running sessions have no end and sort last when descending; an interrupted one ends at its interruption.</remarks>
    [Theory]
    [InlineData(SessionHistoryOrder.Duration, true, "b,f,c,a,e,d")]
    [InlineData(SessionHistoryOrder.Energy, false, "f,d,e,a,b,c")]
    [InlineData(SessionHistoryOrder.StartedAt, false, "a,b,c,d,f,e")]
    [InlineData(SessionHistoryOrder.EndedAt, true, "f,d,c,b,a,e")]
    public async Task PageAsync_Sort_OrdersInSql(SessionHistoryOrder by, bool descending, string expected)
    {
        var rows = await _queries.PageAsync(new SessionHistoryFilter(), new SessionHistorySort(by, descending), 0, 50, CancellationToken.None);

        Assert.Equal(Ids(expected), rows.Select(r => r.TransactionId));
    }

    [Fact]
    public async Task PageAsync_SkipAndTake_ReturnsThatPage()
    {
        var rows = await _queries.PageAsync(new SessionHistoryFilter(), new SessionHistorySort(SessionHistoryOrder.StartedAt, false), 2, 2, CancellationToken.None);

        Assert.Equal(Ids("c,d"), rows.Select(r => r.TransactionId));
    }

    [Fact]
    public async Task PageAsync_Rows_CarryDurationEnergyAndEnd()
    {
        var rows = await _queries.PageAsync(new SessionHistoryFilter { IdTag = "04A1B2C3" }, SessionHistorySort.Newest, 0, 50, CancellationToken.None);

        var running = rows[0];
        Assert.Equal((SessionStatus.Active, TimeSpan.FromMinutes(20), 1_000L, (DateTimeOffset?)null), (running.Status, running.Duration, running.EnergyWh, running.EndedAt));
        var completed = rows[1];
        Assert.Equal((SessionStatus.Completed, TimeSpan.FromMinutes(30), 3_500L, Now.AddDays(-3).AddMinutes(30)), (completed.Status, completed.Duration, completed.EnergyWh, completed.EndedAt!.Value));
        Assert.Equal("EVDisconnected", completed.StopReason);
    }

    [Fact]
    public async Task StreamAsync_WholeFilteredSet_InTheRequestedOrder()
    {
        var rows = new List<int>();

        await foreach (var row in _queries.StreamAsync(new SessionHistoryFilter { ChargePointId = "CP-2" }, new SessionHistorySort(SessionHistoryOrder.Energy, true), CancellationToken.None))
        {
            rows.Add(row.TransactionId);
        }

        Assert.Equal(Ids("c,d,f"), rows);
    }

    [Fact]
    public async Task TotalsAsync_NothingMatches_Zero()
    {
        var totals = await _queries.TotalsAsync(new SessionHistoryFilter { ChargePointId = "NOPE" }, CancellationToken.None);

        Assert.Equal(SessionHistoryTotals.Zero, totals);
    }

    private IEnumerable<int> Ids(string names) => names.Split(',').Select(n => _ids[n]);
}
