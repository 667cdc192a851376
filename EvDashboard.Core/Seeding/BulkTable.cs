using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Seeding;

/// <summary>One prepared INSERT of a table, with its parameters in column order and a count of the rows it wrote.</summary>
internal sealed class BulkTable
{
    private readonly SqliteParameter[] _parameters;

    public BulkTable(SqliteConnection connection, string table, params string[] columns)
    {
        Name = table;
        Command = connection.CreateCommand();
        Command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        _parameters = columns.Select((_, i) => Command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
    }

    public string Name { get; }

    public SqliteCommand Command { get; }

    public long Rows { get; private set; }

    public void Insert(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        Command.ExecuteNonQuery();
        Rows++;
    }
}
