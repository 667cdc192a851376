using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Healing.Playbooks;

internal static partial class PlaybookLog
{
    [LoggerMessage(EventId = 7401, Level = LogLevel.Information, Message = "Playbook {Playbook} on {ChargePointId} connector {ConnectorId}: {Kind}, {Detail}")]
    public static partial void Decided(ILogger logger, string playbook, string chargePointId, int connectorId, PlaybookStepKind kind, string detail);

    [LoggerMessage(EventId = 7402, Level = LogLevel.Warning, Message = "Playbook pass for {ChargePointId} failed; the next pass tries again")]
    public static partial void PassFailed(ILogger logger, string chargePointId, Exception exception);

    [LoggerMessage(EventId = 7403, Level = LogLevel.Warning, Message = "Playbook evaluation failed; the next pass tries again")]
    public static partial void EvaluationFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7405, Level = LogLevel.Information, Message = "RemoteStartTransaction on {ChargePointId} came back {Outcome}; one retry in {Seconds} s")]
    public static partial void RetryScheduled(ILogger logger, string chargePointId, string outcome, int seconds);
}
