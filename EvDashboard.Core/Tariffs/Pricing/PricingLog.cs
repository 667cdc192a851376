using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Tariffs.Pricing;

internal static partial class PricingLog
{
    [LoggerMessage(EventId = 1701, Level = LogLevel.Error,
        Message = "No tariff could be resolved for the session {TransactionId} on {ChargePointId} connector {ConnectorId}; it runs unpriced")]
    public static partial void TariffResolutionFailed(ILogger logger, int transactionId, string chargePointId, int connectorId, Exception exception);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Error,
        Message = "The final cost of session {TransactionId} (tariff version {TariffVersionId}) could not be computed; the stop is stored and the session left unpriced")]
    public static partial void FinalCostFailed(ILogger logger, int transactionId, int tariffVersionId, Exception exception);

    [LoggerMessage(EventId = 1703, Level = LogLevel.Error, Message = "The running cost of session {TransactionId} could not be computed; it is shown unpriced")]
    public static partial void RunningCostFailed(ILogger logger, int transactionId, Exception exception);

    [LoggerMessage(EventId = 1704, Level = LogLevel.Debug, Message = "Session {TransactionId} priced at {TotalMinor} {Currency} (minor units, VAT included)")]
    public static partial void FinalCostRecorded(ILogger logger, int transactionId, long totalMinor, string currency);
}
