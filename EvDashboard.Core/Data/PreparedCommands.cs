using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Data;

/// <summary>The writer connection's cache of prepared statements, owned by the single writer loop (not thread-safe by design).</summary>
internal sealed class PreparedCommands(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteStatement> _statements = new(StringComparer.Ordinal);

    public SqliteCommand Get(string sql, Action<SqliteParameterCollection> declareParameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            declareParameters(command.Parameters);
            _commands.Add(sql, command);
        }

        return command;
    }

    public SqliteStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new SqliteStatement(connection, sql);
            _statements.Add(sql, statement);
        }

        return statement;
    }

    public void Dispose()
    {
        // Finalised before the connection closes (it is declared after the connection in the writer loop).
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
