using System.ComponentModel;
using EvDashboard.Core.Alerts.Queries;

namespace EvDashboard.Api;

/// <summary>One alert in GET /api/alerts.</summary>
internal sealed record AlertResponse(
    long Id,
    [property: Description("The rule's key, e.g. connector-faulted or charge-point-offline.")] string Rule,
    [property: Description("info, warning or critical.")] string Severity,
    string? ChargePointId,
    [property: Description("Null for an alert about the whole charge point (or about no charge point, e.g. an invoice).")] int? ConnectorId,
    string Message,
    DateTimeOffset RaisedAt,
    DateTimeOffset? ResolvedAt,
    [property: Description("open, acknowledged or resolved.")] string Status)
{
    public static AlertResponse From(AlertRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.RuleKey, AlertApiWords.Word(row.Severity), row.ChargePointId, row.ConnectorId, row.Message, row.RaisedAt, row.ResolvedAt,
            AlertApiWords.Word(row.Status));
    }
}
