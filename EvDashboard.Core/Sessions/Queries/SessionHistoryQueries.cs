using System.Runtime.CompilerServices;
using EvDashboard.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>The session history: filtered pages, totals of the filtered set, and the whole set as a stream for exports.</summary>
public sealed class SessionHistoryQueries(IDbContextFactory<EvDashboardDbContext> contexts, TimeProvider time)
{
    public const int MaxPageSize = 500;

    public async Task<IReadOnlyList<SessionHistoryRow>> PageAsync(
        SessionHistoryFilter filter, SessionHistorySort sort, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxPageSize);

        var rows = new List<SessionHistoryRow>(take);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var command = await CreateCommandAsync(db, cancellationToken);
        var where = SessionHistorySql.Where(filter, command, time.GetUtcNow());
        command.CommandText = $"SELECT {SessionHistorySql.Columns} FROM ChargingSessions {where} {SessionHistorySql.OrderBy(sort)} LIMIT @take OFFSET @skip";
        command.Parameters.AddWithValue("@take", take);
        command.Parameters.AddWithValue("@skip", skip);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(SessionHistorySql.ReadRow(reader));
        }

        return rows;
    }

    /// <summary>Number of sessions, energy and total duration of everything the filter selects, summed in SQL.</summary>
    public async Task<SessionHistoryTotals> TotalsAsync(SessionHistoryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var command = await CreateCommandAsync(db, cancellationToken);
        var where = SessionHistorySql.Where(filter, command, time.GetUtcNow());
        command.CommandText = $"SELECT COUNT(*), COALESCE(SUM(EnergyWh), 0), COALESCE(SUM({SessionHistorySql.Duration}), 0) FROM ChargingSessions {where}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new SessionHistoryTotals(reader.GetInt32(0), reader.GetInt64(1), TimeSpan.FromTicks(reader.GetInt64(2)));
    }

    /// <summary>
    /// The final costs of everything the filter selects, summed per currency in SQL (amounts of different currencies
    /// are never added). Sessions still running or unpriced have no final cost and add nothing.
    /// </summary>
    public async Task<IReadOnlyList<SessionCostTotal>> CostTotalsAsync(SessionHistoryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var totals = new List<SessionCostTotal>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var command = await CreateCommandAsync(db, cancellationToken);
        var where = SessionHistorySql.Where(filter, command, time.GetUtcNow());
        var priced = where.Length == 0 ? "WHERE CostTotalMinor IS NOT NULL" : where + " AND CostTotalMinor IS NOT NULL";
        command.CommandText = $"SELECT CostCurrency, SUM(CostTotalMinor), COUNT(*) FROM ChargingSessions {priced} GROUP BY CostCurrency ORDER BY CostCurrency";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            totals.Add(new SessionCostTotal(reader.GetString(0), reader.GetInt64(1), reader.GetInt32(2)));
        }

        return totals;
    }

    /// <summary>Every selected session in order, read row by row (an export never holds the whole set in memory).</summary>
    public async IAsyncEnumerable<SessionHistoryRow> StreamAsync(
        SessionHistoryFilter filter, SessionHistorySort sort, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(sort);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var command = await CreateCommandAsync(db, cancellationToken);
        var where = SessionHistorySql.Where(filter, command, time.GetUtcNow());
        command.CommandText = $"SELECT {SessionHistorySql.Columns} FROM ChargingSessions {where} {SessionHistorySql.OrderBy(sort)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return SessionHistorySql.ReadRow(reader);
        }
    }

    /// <summary>The charge points that can be chosen in the station filter.</summary>
    public async Task<IReadOnlyList<string>> ChargePointIdsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChargePoints.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }

    private static async Task<SqliteCommand> CreateCommandAsync(EvDashboardDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
    }
}
