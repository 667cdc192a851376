using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Data;

/// <summary>
/// One unit of work inside a group commit: its own DbContext, sharing the batch's connection and
/// transaction, plus actions to run once the batch is durably committed (live events).
/// </summary>
public sealed class WriteScope(EvDashboardDbContext db, SqliteConnection connection, SqliteTransaction transaction)
{
    private List<Action>? _afterCommit;

    public EvDashboardDbContext Db { get; } = db;

    /// <summary>For bulk statements (e.g. INSERT OR IGNORE of meter samples); always use <see cref="Transaction"/> with it.</summary>
    public SqliteConnection Connection { get; } = connection;

    public SqliteTransaction Transaction { get; } = transaction;

    /// <summary>Runs after the commit, never for work that was rolled back.</summary>
    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    internal IReadOnlyList<Action> AfterCommitActions => (IReadOnlyList<Action>?)_afterCommit ?? [];

    public SqliteCommand CreateCommand(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }
}
