using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Identity.Queries;

/// <summary>A token is a credential: logs show only its first two characters.</summary>
internal static partial class IdTagAdministrationLog
{
    public static void Created(ILogger logger, string idTag, IdTagStatus status)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var masked = Mask(idTag);
            CreatedMasked(logger, masked, status);
        }
    }

    public static void Updated(ILogger logger, string idTag, IdTagStatus status)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var masked = Mask(idTag);
            UpdatedMasked(logger, masked, status);
        }
    }

    internal static string Mask(string idTag) =>
        idTag.Length <= 2 ? new string('*', idTag.Length) : string.Concat(idTag.AsSpan(0, 2), new string('*', idTag.Length - 2));

    [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "IdTag {IdTag} added by an operator with status {Status}")]
    private static partial void CreatedMasked(ILogger logger, string idTag, IdTagStatus status);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Information, Message = "IdTag {IdTag} changed by an operator to status {Status}")]
    private static partial void UpdatedMasked(ILogger logger, string idTag, IdTagStatus status);
}
