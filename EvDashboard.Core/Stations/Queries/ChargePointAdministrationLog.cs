using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Stations.Queries;

internal static partial class ChargePointAdministrationLog
{
    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Charge point {ChargePointId} registered by {Actor} (key set: {HasKey}, security profile {Profile})")]
    public static partial void Created(ILogger logger, string chargePointId, bool hasKey, int profile, string actor);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Information, Message = "Charge point {ChargePointId} changed by {Actor} (renamed: {Renamed}, key: {KeyChange})")]
    public static partial void Updated(ILogger logger, string chargePointId, bool renamed, string keyChange, string actor);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Charge point {ChargePointId} deleted by {Actor}")]
    public static partial void Deleted(ILogger logger, string chargePointId, string actor);

    [LoggerMessage(EventId = 1504, Level = LogLevel.Information, Message = "Key of charge point {ChargePointId}: {Outcome} (by {Actor})")]
    public static partial void KeyChanged(ILogger logger, string chargePointId, string outcome, string actor);

    [LoggerMessage(EventId = 1505, Level = LogLevel.Information, Message = "Charge point {ChargePointId} {Decision} by {Actor}")]
    public static partial void Decided(ILogger logger, string chargePointId, string decision, string actor);
}
