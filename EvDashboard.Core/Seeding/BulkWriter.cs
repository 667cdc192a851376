using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Seeding;

/// <summary>
/// Writes seeded rows with prepared commands in large transactions on one connection. The product's single-writer
/// rule (every write through DatabaseWriter) protects a running app; the seed command runs before the app starts,
/// while nothing else writes, so it may take the fast path.
/// </summary>
internal sealed class BulkWriter : IDisposable
{
    private const int RowsPerCommit = 50_000;

    private readonly SqliteConnection _connection;
    private readonly List<BulkTable> _tables = [];
    private SqliteTransaction _transaction;
    private int _pending;

    public BulkWriter(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction();
        Sessions = Add("ChargingSessions",
            "TransactionId", "ChargePointId", "ConnectorId", "IdTag", "StartAuthorization", "StartedAt", "MeterStartWh", "StartReceivedAt", "Status", "Warnings",
            "EndedAt", "MeterStopWh", "StopReason", "StopIdTag", "StopReceivedAt", "LastMeterWh", "LastMeterAt", "EnergyWh", "TagGroup", "TariffVersionId",
            "CostCurrency", "CostNetMinor", "CostVatMinor", "CostTotalMinor", "CostBreakdownJson", "CostComputedAt");
        Samples = Add("MeterSamples",
            "ChargePointId", "ConnectorId", "TransactionId", "Timestamp", "Measurand", "Phase", "Location", "Context", "Unit", "Format", "RawValue", "Value", "Wh");
        Statuses = Add("ConnectorStatusChanges",
            "ChargePointId", "ConnectorId", "Status", "ErrorCode", "Info", "VendorId", "VendorErrorCode", "Timestamp", "ReceivedAt");
        Connections = Add("ConnectionEvents", "ChargePointId", "IsOnline", "At");
        Authorizations = Add("AuthorizationRecords", "ChargePointId", "IdTag", "Outcome", "IsKnownTag", "At", "Action", "ConnectorId", "Reason");
        Invoices = Add("Invoices",
            "Id", "Number", "Series", "Year", "Sequence", "Kind", "IssueKey", "IssuedAt", "IssuedBy", "DueAt", "Currency", "NetMinor", "VatMinor", "TotalMinor",
            "BuyerName", "BuyerIdTag", "BuyerGroup", "PeriodFrom", "PeriodTo", "TransactionId", "SellerJson", "PaymentStatus", "PaymentChangedAt", "PaymentChangedBy");
        InvoiceLines = Add("InvoiceLines",
            "InvoiceId", "Position", "Description", "TransactionId", "Quantity", "Unit", "NetMinor", "VatRatePercent", "VatMinor");
    }

    public BulkTable Sessions { get; }

    public BulkTable Samples { get; }

    public BulkTable Statuses { get; }

    public BulkTable Connections { get; }

    public BulkTable Authorizations { get; }

    public BulkTable Invoices { get; }

    public BulkTable InvoiceLines { get; }

    /// <summary>The open transaction, for the few statements the seeder runs besides the inserts.</summary>
    public SqliteTransaction Transaction => _transaction;

    public IReadOnlyList<KeyValuePair<string, long>> Counts => _tables.Select(t => KeyValuePair.Create(t.Name, t.Rows)).ToList();

    /// <summary>Commits once enough rows are pending: large transactions are what make SQLite fast, bounded ones keep the WAL small.</summary>
    public void RowsWritten(int rows)
    {
        _pending += rows;
        if (_pending >= RowsPerCommit)
        {
            Commit();
        }
    }

    public void Commit()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = _connection.BeginTransaction();
        foreach (var table in _tables)
        {
            table.Command.Transaction = _transaction;
        }

        _pending = 0;
    }

    public void Dispose()
    {
        _transaction.Dispose();
        foreach (var table in _tables)
        {
            table.Command.Dispose();
        }
    }

    private BulkTable Add(string name, params string[] columns)
    {
        var table = new BulkTable(_connection, name, columns);
        table.Command.Transaction = _transaction;
        table.Command.Prepare();
        _tables.Add(table);
        return table;
    }
}
