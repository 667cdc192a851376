using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Stations.Queries;

internal static partial class ChargePointAdministrationLog
{
    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Charge point {ChargePointId} registered by an operator (key set: {HasKey})")]
    public static partial void Created(ILogger logger, string chargePointId, bool hasKey);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Information, Message = "Charge point {ChargePointId} changed by an operator (renamed: {Renamed}, key: {KeyChange})")]
    public static partial void Updated(ILogger logger, string chargePointId, bool renamed, string keyChange);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Charge point {ChargePointId} deleted by an operator")]
    public static partial void Deleted(ILogger logger, string chargePointId);
}
