using System.Collections.Concurrent;
using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>
/// Costs for pages, the wall display, the API and budgets. A completed session answers with its stored final cost.
/// A running one (active or interrupted) is priced from a <see cref="RunningSession"/> kept in memory: loaded from the
/// ledger on first request, then kept current from the live feed, so a page of active sessions costs no query once
/// warm. Memory stays bounded: an entry leaves on completion, or when nobody read it for <see cref="IdleEviction"/>
/// (events for sessions not in memory are ignored; a later request loads them afresh).
/// </summary>
internal sealed class SessionCosts : ISessionCosts, IDisposable
{
    public static readonly TimeSpan IdleEviction = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, RunningSession> _running = new();
    // Versions are immutable and few (one per tariff edit): each is deserialised once.
    private readonly ConcurrentDictionary<int, TariffDefinition> _definitions = new();
    private readonly IDbContextFactory<EvDashboardDbContext> _contexts;
    private readonly SiteClock _clock;
    private readonly TimeProvider _time;
    private readonly ILogger<SessionCosts> _logger;
    private readonly IDisposable _subscription;
    private long _nextSweepTicks;

    public SessionCosts(IDbContextFactory<EvDashboardDbContext> contexts, LiveFeed feed, SiteClock clock, TimeProvider time, ILogger<SessionCosts> logger)
    {
        ArgumentNullException.ThrowIfNull(feed);
        _contexts = contexts;
        _clock = clock;
        _time = time;
        _logger = logger;
        _subscription = feed.Subscribe(OnLiveEvent);
    }

    /// <summary>How many running sessions are held in memory.</summary>
    internal int RunningCount => _running.Count;

    public async Task<SessionCost?> GetAsync(int transactionId, CancellationToken cancellationToken) =>
        (await GetManyAsync([transactionId], cancellationToken)).GetValueOrDefault(transactionId);

    public async Task<IReadOnlyDictionary<int, SessionCost>> GetManyAsync(IReadOnlyCollection<int> transactionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transactionIds);
        var now = _time.GetUtcNow();
        SweepIfDue(now);
        var costs = new Dictionary<int, SessionCost>(transactionIds.Count);
        var notInMemory = new List<int>();
        foreach (var id in transactionIds.Distinct())
        {
            if (!_running.TryGetValue(id, out var session) || !await TryAddRunningCostAsync(session, now, costs, cancellationToken))
            {
                notInMemory.Add(id);
            }
        }

        if (notInMemory.Count > 0)
        {
            await AddFromLedgerAsync(notInMemory, now, costs, cancellationToken);
        }

        return costs;
    }

    public void Dispose() => _subscription.Dispose();

    private async Task AddFromLedgerAsync(List<int> transactionIds, DateTimeOffset now, Dictionary<int, SessionCost> costs, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var completedMeanwhile = new List<int>();
        foreach (var row in await SessionCostRows.ReadAsync(db, transactionIds, cancellationToken))
        {
            if (row.Status == SessionStatus.Completed)
            {
                AddFinal(row, costs);
                continue;
            }

            var candidate = new RunningSession(row.TransactionId, row.ChargePointId, row.ConnectorId, now);
            var session = _running.GetOrAdd(row.TransactionId, candidate);
            if (ReferenceEquals(session, candidate))
            {
                await LoadAsync(db, session, cancellationToken);
            }

            if (!await TryAddRunningCostAsync(session, now, costs, cancellationToken))
            {
                completedMeanwhile.Add(row.TransactionId);
            }
        }

        if (completedMeanwhile.Count > 0)
        {
            foreach (var row in await SessionCostRows.ReadAsync(db, completedMeanwhile, cancellationToken))
            {
                AddFinal(row, costs);
            }
        }
    }

    /// <summary>
    /// Loads a session registered in memory just before, so that no live event falls between the two: one published
    /// meanwhile is held by the entry, and the state read here (status included) is at least as new as the registration.
    /// </summary>
    private async Task LoadAsync(EvDashboardDbContext db, RunningSession session, CancellationToken cancellationToken)
    {
        try
        {
            var rows = await SessionCostRows.ReadAsync(db, [session.TransactionId], cancellationToken);
            if (rows is not [var row] || row.Status == SessionStatus.Completed)
            {
                session.Settle(rows is [var completed] ? completed.FinalCost() : null);
                _running.TryRemove(KeyValuePair.Create(session.TransactionId, session));
                return;
            }

            var definition = await DefinitionAsync(db, row.TariffVersionId, cancellationToken);
            var events = await SessionTimelineReader.ReadAsync(db, row.TransactionId, row.ChargePointId, row.ConnectorId, row.StartedAt, until: null, cancellationToken);
            session.Load(new RunningSessionStart(row.StartedAt, row.MeterStartWh, row.Status, row.InterruptedAt, row.TariffId, row.TariffName, row.TariffVersion, definition), events);
        }
        catch (Exception ex)
        {
            // Waiters get no running cost this time; the next request loads again.
            session.Settle(null);
            _running.TryRemove(KeyValuePair.Create(session.TransactionId, session));
            if (ex is OperationCanceledException)
            {
                throw;
            }

            PricingLog.RunningCostFailed(_logger, session.TransactionId, ex);
        }
    }

    private async Task<TariffDefinition> DefinitionAsync(EvDashboardDbContext db, int tariffVersionId, CancellationToken cancellationToken)
    {
        if (_definitions.TryGetValue(tariffVersionId, out var known))
        {
            return known;
        }

        var definition = TariffJson.DeserializeDefinition(await SessionCostRows.DefinitionJsonAsync(db, tariffVersionId, cancellationToken));
        return _definitions.GetOrAdd(tariffVersionId, definition);
    }

    /// <returns>False when the session completed since it was loaded: its final cost is in the ledger.</returns>
    private async Task<bool> TryAddRunningCostAsync(RunningSession session, DateTimeOffset now, Dictionary<int, SessionCost> costs, CancellationToken cancellationToken)
    {
        await session.Ready.WaitAsync(cancellationToken);
        SessionCost? cost;
        try
        {
            if (!session.TryGetCost(now, _clock.Zone, out cost))
            {
                _running.TryRemove(KeyValuePair.Create(session.TransactionId, session));
                return false;
            }
        }
        catch (Exception ex)
        {
            // A calculator bug or a definition it cannot price: logged once, then the session shows unpriced (the entry keeps that answer).
            PricingLog.RunningCostFailed(_logger, session.TransactionId, ex);
            session.Settle(null);
            return true;
        }

        if (cost is not null)
        {
            costs[session.TransactionId] = cost;
        }

        return true;
    }

    private void AddFinal(SessionCostRow row, Dictionary<int, SessionCost> costs)
    {
        try
        {
            if (row.FinalCost() is { } cost)
            {
                costs[row.TransactionId] = cost;
            }
        }
        catch (System.Text.Json.JsonException ex)
        {
            PricingLog.RunningCostFailed(_logger, row.TransactionId, ex);
        }
    }

    private void OnLiveEvent(LiveEvent liveEvent)
    {
        switch (liveEvent)
        {
            case SessionChanged changed when _running.TryGetValue(changed.TransactionId, out var session):
                if (session.Apply(changed))
                {
                    _running.TryRemove(KeyValuePair.Create(changed.TransactionId, session));
                }

                break;
            case ConnectorStatusChanged status:
                // Enumerating a ConcurrentDictionary takes no lock; .Values would take all of them.
                foreach (var (_, running) in _running)
                {
                    if (running.ConnectorId == status.ConnectorId && string.Equals(running.ChargePointId, status.ChargePointId, StringComparison.Ordinal))
                    {
                        running.Apply(status);
                    }
                }

                break;
        }

        SweepIfDue(_time.GetUtcNow());
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.UtcTicks + SweepInterval.Ticks, due) != due)
        {
            return;
        }

        foreach (var (id, session) in _running)
        {
            if (now - session.LastReadAt >= IdleEviction)
            {
                _running.TryRemove(KeyValuePair.Create(id, session));
            }
        }
    }
}
