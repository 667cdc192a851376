namespace EvDashboard.Core.Sessions;

/// <summary>Things the ledger accepted but an operator should know about.</summary>
public enum LedgerAnomalyKind
{
    StopForUnknownTransaction,
    StopForCompletedTransaction,
    MeterValuesForUnknownTransaction,
    SessionSuperseded,
    SessionInterruptedByBoot,

    /// <summary>The session had a tariff but its final cost could not be computed; it stays unpriced.</summary>
    SessionNotPriced,

    /// <summary>A newer reading's energy register (or meterStop) was below the session's previous one: meter or configuration suspect.</summary>
    MeterRegisterDecreased,

    /// <summary>The reconciler closed a session whose StopTransaction never came (the reason is in the detail).</summary>
    SessionClosedBySystem,
}
