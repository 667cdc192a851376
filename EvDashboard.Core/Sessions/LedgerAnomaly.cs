namespace EvDashboard.Core.Sessions;

/// <summary>A recorded irregularity: the message was answered and stored, and this says what was odd about it.</summary>
public sealed class LedgerAnomaly
{
    private LedgerAnomaly()
    {
        ChargePointId = string.Empty;
        Detail = string.Empty;
    }

    public LedgerAnomaly(string chargePointId, LedgerAnomalyKind kind, int? transactionId, string detail, DateTimeOffset at)
    {
        ChargePointId = chargePointId;
        Kind = kind;
        TransactionId = transactionId;
        Detail = detail;
        At = at;
    }

    public long Id { get; private set; }

    public string ChargePointId { get; private set; }

    public LedgerAnomalyKind Kind { get; private set; }

    public int? TransactionId { get; private set; }

    public string Detail { get; private set; }

    public DateTimeOffset At { get; private set; }
}
