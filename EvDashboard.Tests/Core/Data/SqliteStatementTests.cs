using EvDashboard.Core.Data;
using Microsoft.Data.Sqlite;

namespace EvDashboard.Tests.Core.Data;

/// <summary>The writer's positional statements on an in-memory database: binding, errors, and reuse after an error.</summary>
public sealed class SqliteStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE T (Key TEXT NOT NULL UNIQUE, Number INTEGER, Note TEXT)";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Execute_ConstraintViolation_ThrowsSqliteExceptionAndStatementStaysUsable()
    {
        using var insert = new SqliteStatement(_connection, "INSERT INTO T (Key, Number, Note) VALUES (?1, ?2, ?3)");
        Insert(insert, "a", 1, "x");

        insert.Bind(1, "a");
        var error = Assert.Throws<SqliteException>(() => insert.Execute(CancellationToken.None));
        var changes = Insert(insert, "b", null, null);

        Assert.Equal(19, error.SqliteErrorCode);
        Assert.Equal(1, changes);
        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM T"));
    }

    [Fact]
    public void QueryFirst_RowOrNone_MapsValuesAndNulls()
    {
        using var insert = new SqliteStatement(_connection, "INSERT INTO T (Key, Number, Note) VALUES (?1, ?2, ?3)");
        Insert(insert, "é-key", long.MaxValue, null);
        using var select = new SqliteStatement(_connection, "SELECT Key, Number, Note FROM T WHERE Key = ?1");

        select.Bind(1, "é-key");
        var found = select.QueryFirst(row => (row.GetString(0), row.GetNullableInt64(1), row.IsNull(2)), CancellationToken.None);
        select.Bind(1, "missing");
        var missing = select.QueryFirst(row => row.GetString(0), CancellationToken.None);

        Assert.Equal(("é-key", (long?)long.MaxValue, true), found);
        Assert.Null(missing);
    }

    [Fact]
    public void Execute_Cancelled_RunsNothing()
    {
        using var insert = new SqliteStatement(_connection, "INSERT INTO T (Key) VALUES (?1)");
        insert.Bind(1, "a");

        Assert.Throws<OperationCanceledException>(() => insert.Execute(new CancellationToken(canceled: true)));
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM T"));
    }

    private static int Insert(SqliteStatement insert, string key, long? number, string? note)
    {
        insert.Bind(1, key);
        insert.Bind(2, number);
        insert.Bind(3, note);
        return insert.Execute(CancellationToken.None);
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
