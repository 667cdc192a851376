using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Tariffs.Administration;

internal static partial class TariffAdministrationLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Tariff {TariffId} {Change} by an operator (version {Version})")]
    public static partial void Changed(ILogger logger, int tariffId, string change, int version);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Tariff {TariffId} assigned to {Target} by an operator")]
    public static partial void Assigned(ILogger logger, int tariffId, string target);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Tariff assignment {AssignmentId} of tariff {TariffId} removed by an operator")]
    public static partial void Unassigned(ILogger logger, int tariffId, int assignmentId);
}
