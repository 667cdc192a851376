using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>
/// One charge point's Local Authorization List as operators see it. In sync means the charger accepted a list,
/// still reports that version, and no idTag changed since (<see cref="PendingChanges"/> is 0). <see cref="Limits"/> is
/// null until the first send reads them.
/// </summary>
public sealed record LocalListStatusView(
    string ChargePointId,
    string? Name,
    bool IsOnline,
    int? SentVersion,
    int? AcceptedVersion,
    int? ReportedVersion,
    DateTimeOffset? ReportedAt,
    DateTimeOffset? LastSentAt,
    UpdateType? LastUpdateType,
    string? LastResult,
    int PendingChanges,
    LocalListLimits? Limits = null)
{
    public bool InSync => AcceptedVersion is { } accepted && ReportedVersion == accepted && PendingChanges == 0;
}
