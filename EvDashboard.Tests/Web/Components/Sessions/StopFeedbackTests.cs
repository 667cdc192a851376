using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Ocpp.Commands;
using Radzen;

namespace EvDashboard.Tests.Web.Components.Sessions;

public sealed class StopFeedbackTests
{
    [Theory]
    [InlineData(CommandOutcome.Answered, """{"status":"Accepted"}""", null, NotificationSeverity.Success, "The charger accepted")]
    [InlineData(CommandOutcome.Answered, """{"status":"Rejected"}""", null, NotificationSeverity.Warning, "rejected the stop")]
    [InlineData(CommandOutcome.CallError, null, "NotSupported", NotificationSeverity.Error, "NotSupported")]
    [InlineData(CommandOutcome.Timeout, null, null, NotificationSeverity.Error, "did not answer")]
    [InlineData(CommandOutcome.Offline, null, null, NotificationSeverity.Warning, "offline")]
    [InlineData(CommandOutcome.InvalidAnswer, null, "FormationViolation", NotificationSeverity.Error, "not valid")]
    public void From_Outcome_SeverityAndTheChargersAnswerInWords(CommandOutcome outcome, string? response, string? errorCode, NotificationSeverity severity, string words)
    {
        var feedback = StopFeedback.From(42, new CommandResult(outcome, response, errorCode, "details"));

        Assert.Equal(severity, feedback.Severity);
        Assert.Equal("Stop session 42", feedback.Summary);
        Assert.Contains(words, feedback.Detail, StringComparison.Ordinal);
    }
}
