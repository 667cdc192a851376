using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace EvDashboard.Core.Data;

/// <summary>
/// A statement prepared once on the writer connection's SQLite handle and bound by position. Microsoft.Data.Sqlite
/// looks every parameter up by name on every execution (a linear search per parameter, so quadratic in a 100-value
/// sample insert) and converts each value through a generic binder: measured, that was two thirds of a MeterValues'
/// insert. Hot statements use this instead; it runs in the batch's transaction because SQLite transactions belong
/// to the connection. Owned by the single writer loop (not thread-safe); every execution resets the statement.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle ?? throw new InvalidOperationException("The writer connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, long? value) => Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    public void Bind(int index, string? value) => Check(value is not null ? raw.sqlite3_bind_text(_statement, index, value) : raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs the statement to completion; returns how many rows it inserted, updated or deleted.</summary>
    public int Execute(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }

            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Reads the first row through <paramref name="read"/>, or returns the default when there is none.</summary>
    public T? QueryFirst<T>(Func<SqliteStatement, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW)
            {
                return read(this);
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }

            return default;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long GetInt64(int column) => raw.sqlite3_column_int64(_statement, column);

    public long? GetNullableInt64(int column) => IsNull(column) ? null : GetInt64(column);

    public string GetString(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public string? GetNullableString(int column) => IsNull(column) ? null : GetString(column);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
