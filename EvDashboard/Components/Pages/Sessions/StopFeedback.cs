using System.Text.Json;
using EvDashboard.Core.Ocpp.Commands;
using Radzen;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>What the operator is told after a stop request: the charger's answer in words.</summary>
internal sealed record StopFeedback(NotificationSeverity Severity, string Summary, string Detail)
{
    public static StopFeedback From(int transactionId, CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = $"Stop session {transactionId}";
        return result.Outcome switch
        {
            CommandOutcome.Answered when StatusOf(result.ResponseJson) == "Accepted" => new(
                NotificationSeverity.Success, summary, "The charger accepted. The session ends when it reports the stop."),
            CommandOutcome.Answered => new(
                NotificationSeverity.Warning, summary, "The charger rejected the stop (it may no longer know this transaction)."),
            CommandOutcome.CallError => new(
                NotificationSeverity.Error, summary, $"The charger answered with an error: {result.ErrorCode} {result.ErrorDescription}".TrimEnd()),
            CommandOutcome.Timeout => new(
                NotificationSeverity.Error, summary, $"The charger did not answer. {result.ErrorDescription}".TrimEnd()),
            CommandOutcome.Offline => new(
                NotificationSeverity.Warning, summary, "The charger is offline; nothing was sent."),
            _ => new(
                NotificationSeverity.Error, summary, $"The charger's answer was not valid: {result.ErrorDescription}".TrimEnd()),
        };
    }

    private static string? StatusOf(string? responseJson)
    {
        if (responseJson is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(responseJson);
        return document.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString() : null;
    }
}
