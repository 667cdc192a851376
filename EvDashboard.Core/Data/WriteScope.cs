using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Data;

/// <summary>
/// One unit of work inside a group commit. <see cref="Db"/> and <see cref="Transaction"/> belong to the
/// batch: units see each other's earlier changes, as if run one after another. A unit may be run a
/// second time (alone) when its batch fails, so it must touch the database only through this scope and
/// register side effects with <see cref="AfterCommit"/>, which runs only once it is committed.
/// </summary>
public sealed class WriteScope
{
    private readonly PreparedCommands _commands;
    private List<Action>? _afterCommit;

    internal WriteScope(EvDashboardDbContext db, SqliteTransaction transaction, PreparedCommands commands)
    {
        Db = db;
        Transaction = transaction;
        _commands = commands;
    }

    public EvDashboardDbContext Db { get; }

    public SqliteTransaction Transaction { get; }

    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    internal IReadOnlyList<Action> AfterCommitActions => (IReadOnlyList<Action>?)_afterCommit ?? [];

    /// <summary>A one-off statement in the batch's transaction (dispose it); use <see cref="Command"/> for hot statements.</summary>
    public SqliteCommand CreateCommand(string sql)
    {
        var command = Transaction.Connection!.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>
    /// A prepared statement for <paramref name="sql"/>, kept for the writer's connection: hot statements
    /// (meter samples) are compiled by SQLite once, not once per message. Set every parameter before each use.
    /// </summary>
    public SqliteCommand Command(string sql, Action<SqliteParameterCollection> declareParameters)
    {
        var command = _commands.Get(sql, declareParameters);
        command.Transaction = Transaction;
        return command;
    }

    /// <summary>
    /// The writer's fastest path: a statement on the raw SQLite handle, bound by position (see <see cref="SqliteStatement"/>),
    /// for the statements that run for every meter sample. Bind every parameter before each execution.
    /// </summary>
    internal SqliteStatement Statement(string sql) => _commands.Statement(sql);
}
