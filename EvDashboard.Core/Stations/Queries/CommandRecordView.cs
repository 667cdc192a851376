using System.Text.Json;
using EvDashboard.Core.Ocpp.Commands;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>One operator command from the audit trail, with the request and the charger's answer as JSON.</summary>
public sealed record CommandRecordView(
    long Id,
    string Action,
    string RequestedBy,
    DateTimeOffset SentAt,
    DateTimeOffset? CompletedAt,
    CommandOutcome? Outcome,
    JsonElement? Request,
    JsonElement? Response,
    string? ErrorCode,
    string? ErrorDescription);
