using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>One SendLocalList.req of an update that had to be split to fit the charger's SendLocalListMaxLength.</summary>
public sealed record LocalListPart(UpdateType UpdateType, IReadOnlyList<AuthorizationData> Entries);
