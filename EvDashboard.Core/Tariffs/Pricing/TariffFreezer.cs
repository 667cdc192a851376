using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>
/// Freezes the tariff version in force (and the driver's group) on a new session, inside the StartTransaction's
/// unit of work, so the version that prices it is the one that applied when it started, whatever is edited later.
/// </summary>
internal sealed class TariffFreezer(ILogger<TariffFreezer> logger)
{
    /// <param name="tagGroup">The stored idTag's parent idTag, or null for an unknown tag or one without a group.</param>
    public async Task FreezeAsync(WriteScope scope, ChargingSession session, string? tagGroup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(session);
        ResolvedTariff? tariff = null;
        try
        {
            tariff = await TariffResolver.ResolveAsync(scope.Db, session.ChargePointId, session.ConnectorId, tagGroup, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // OCPP 1.6 §4.8: a start must be stored and answered; a broken tariff costs this session its price, never its record.
            PricingLog.TariffResolutionFailed(logger, session.TransactionId, session.ChargePointId, session.ConnectorId, ex);
        }

        session.FreezeTariff(tariff?.VersionId, tagGroup);
    }
}
