using EvDashboard.Core.Stations.Queries;
using Radzen;

namespace EvDashboard.Components.Pages.Stations;

/// <summary>Shows a command's outcome in the charger's words: green when accepted, amber when refused or unanswered, red when it failed.</summary>
internal static class CommandAnswerNotification
{
    private static readonly TimeSpan Shown = TimeSpan.FromSeconds(8);

    public static void Show(NotificationService notifications, CommandAnswer answer)
    {
        var severity = answer.Kind switch
        {
            CommandAnswerKind.Accepted => NotificationSeverity.Success,
            CommandAnswerKind.Refused or CommandAnswerKind.Timeout or CommandAnswerKind.NotSent => NotificationSeverity.Warning,
            _ => NotificationSeverity.Error,
        };
        notifications.Notify(new NotificationMessage
        {
            Severity = severity,
            Summary = answer.Summary,
            Detail = answer.Detail ?? Explain(answer.Kind),
            Duration = Shown.TotalMilliseconds,
        });
    }

    private static string Explain(CommandAnswerKind kind) => kind switch
    {
        CommandAnswerKind.Accepted => "The charger accepted the command.",
        CommandAnswerKind.Refused => "The charger answered but did not carry it out.",
        CommandAnswerKind.Timeout => "The charger did not answer in time.",
        CommandAnswerKind.Offline => "The charge point is not connected.",
        _ => string.Empty,
    };
}
