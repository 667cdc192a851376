using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>
/// An update about to be sent: the target list, what the charger holds now, the entries that bring it there, the first
/// version to use and the charger's stored limits (null when they must be read first).
/// </summary>
internal sealed record LocalListUpdate(
    IReadOnlyList<LocalListItem> Desired, IReadOnlyList<LocalListItem> Held, IReadOnlyList<AuthorizationData> Entries, int Version, LocalListLimits? Limits);
