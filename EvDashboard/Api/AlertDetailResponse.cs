using System.ComponentModel;
using EvDashboard.Core.Alerts.Queries;

namespace EvDashboard.Api;

/// <summary>GET /api/alerts/{id}: the alert with who acknowledged it, how it resolved, and its deliveries.</summary>
internal sealed record AlertDetailResponse(
    long Id,
    string Rule,
    [property: Description("The rule's title in words.")] string RuleTitle,
    string Severity,
    string? ChargePointId,
    int? ConnectorId,
    int? TransactionId,
    string Message,
    string? Detail,
    [property: Description("True for a notice (an event, born resolved).")] bool IsNotice,
    [property: Description("When the condition began, before the debounce.")] DateTimeOffset ConditionSince,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    string? AcknowledgeNote,
    DateTimeOffset? ResolvedAt,
    string? Resolution,
    string Status,
    IReadOnlyList<AlertDeliveryResponse> Deliveries)
{
    public static AlertDetailResponse From(AlertDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var a = detail.Alert;
        return new(a.Id, a.RuleKey, a.RuleTitle, AlertApiWords.Word(a.Severity), a.ChargePointId, a.ConnectorId, a.TransactionId, a.Message, a.Detail,
            a.IsNotice, a.ConditionSince, a.RaisedAt, a.AcknowledgedAt, a.AcknowledgedBy, a.AcknowledgeNote, a.ResolvedAt, a.Resolution,
            AlertApiWords.Word(a.Status), [.. detail.Deliveries.Select(AlertDeliveryResponse.From)]);
    }
}
