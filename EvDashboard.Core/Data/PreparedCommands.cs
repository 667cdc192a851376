using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Data;

/// <summary>The writer connection's cache of prepared statements, owned by the single writer loop (not thread-safe by design).</summary>
internal sealed class PreparedCommands(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

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

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
