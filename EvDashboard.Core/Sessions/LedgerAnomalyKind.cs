namespace EvDashboard.Core.Sessions;

/// <summary>Things the ledger accepted but an operator should know about.</summary>
public enum LedgerAnomalyKind
{
    StopForUnknownTransaction,
    StopForCompletedTransaction,
    MeterValuesForUnknownTransaction,
    SessionSuperseded,
    SessionInterruptedByBoot,
}
