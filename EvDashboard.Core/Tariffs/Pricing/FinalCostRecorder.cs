using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Tariffs.Calculation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>
/// Prices a session as it completes, inside the StopTransaction's unit of work: the cost is stored together with the
/// stop, so the charger is acknowledged only once both are durable, and a replayed stop (which completes nothing)
/// never prices again.
/// </summary>
internal sealed class FinalCostRecorder(SiteClock clock, ILogger<FinalCostRecorder> logger)
{
    /// <summary>Stores the final cost of a session that has just completed with a frozen tariff; otherwise does nothing.</summary>
    public async Task RecordAsync(WriteScope scope, ChargingSession session, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(session);
        if (session is not { TariffVersionId: { } versionId, Status: SessionStatus.Completed, EndedAt: { } endedAt, MeterStopWh: { } meterStopWh, IsPriced: false })
        {
            return;
        }

        try
        {
            var definitionJson = await scope.Db.TariffVersions.AsNoTracking()
                .Where(v => v.Id == versionId).Select(v => v.DefinitionJson).FirstAsync(cancellationToken);
            var definition = TariffJson.DeserializeDefinition(definitionJson);
            // The stop's transactionData went into this same transaction just before: this read sees it.
            var events = await SessionTimelineReader.ReadAsync(
                scope.Db, session.TransactionId, session.ChargePointId, session.ConnectorId, session.StartedAt, endedAt, cancellationToken);
            var timeline = new SessionTimeline(session.StartedAt, session.MeterStartWh, endedAt, meterStopWh, events.Readings, events.Statuses);
            // A continuation segment is part of its chain's one billing session, which pays the start fee once (on the root).
            var cost = TariffCalculator.Calculate(definition, timeline, clock.Zone, withStartFee: session.ContinuesTransactionId is null);
            session.RecordFinalCost(cost, at);
            PricingLog.FinalCostRecorded(logger, session.TransactionId, cost.TotalMinor, cost.Currency);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // OCPP 1.6 §6.49: the stop is stored and answered whatever happens here; the session stays unpriced for an operator to see.
            PricingLog.FinalCostFailed(logger, session.TransactionId, versionId, ex);
            scope.Db.LedgerAnomalies.Add(new LedgerAnomaly(
                session.ChargePointId, LedgerAnomalyKind.SessionNotPriced, session.TransactionId,
                $"The final cost could not be computed with tariff version {versionId} ({ex.GetType().Name}: {ex.Message}); the session is unpriced.", at));
        }
    }
}
