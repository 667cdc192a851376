namespace EvDashboard.Bench;

/// <summary>
/// The transactions and meter values the server acknowledged to one charge point, in order. Written only by the
/// charge point's own task and read after every task has ended, so it needs no locking. Only an answered CALL
/// is recorded: a CALL that was sent but never answered (the server died first) was never promised to be stored.
/// </summary>
internal sealed class AckLedger
{
    private readonly List<AckedTransaction> _transactions = [];

    public IReadOnlyList<AckedTransaction> Transactions => _transactions;

    /// <summary>StartTransaction was accepted with <paramref name="transactionId"/>.</summary>
    public void RecordStarted(int transactionId) =>
        _transactions.Add(new AckedTransaction(transactionId, 0, 0, null, null));

    /// <summary>A MeterValues of <paramref name="samples"/> sampled values was answered with a CALLRESULT.</summary>
    public void RecordMeterValues(int transactionId, int samples, long registerWh, DateTime timestamp)
    {
        var index = _transactions.FindLastIndex(t => t.TransactionId == transactionId);
        if (index < 0)
        {
            _transactions.Add(new AckedTransaction(transactionId, 1, samples, registerWh, timestamp));
            return;
        }

        var acked = _transactions[index];
        _transactions[index] = acked with
        {
            MeterValues = acked.MeterValues + 1,
            Samples = acked.Samples + samples,
            LastRegisterWh = registerWh,
            LastTimestamp = timestamp,
        };
    }
}
