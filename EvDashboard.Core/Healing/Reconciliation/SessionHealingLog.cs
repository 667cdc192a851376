using EvDashboard.Core.Healing;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Healing.Reconciliation;

internal static partial class SessionHealingLog
{
    [LoggerMessage(EventId = 7501, Level = LogLevel.Information, Message = "The reconciler closed {Count} stuck sessions")]
    public static partial void SessionsClosed(ILogger logger, int count);

    [LoggerMessage(EventId = 7502, Level = LogLevel.Warning, Message = "A session-healing pass failed; the next pass tries again")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7503, Level = LogLevel.Information,
        Message = "Continuing session {TransactionId} on {ChargePointId} connector {ConnectorId} (attempt {Attempt})")]
    public static partial void ContinuationRequested(ILogger logger, int transactionId, string chargePointId, int connectorId, int attempt);

    [LoggerMessage(EventId = 7504, Level = LogLevel.Information, Message = "Continuation of session {TransactionId} on {ChargePointId}: {Outcome}")]
    public static partial void ContinuationSettled(ILogger logger, int transactionId, string chargePointId, ContinuationOutcome outcome);
}
