using EvDashboard.Core.Ocpp.Commands;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>What became of a SendLocalList: whether the charger took it, and the sentence an operator reads.</summary>
public sealed record LocalListSendResult(bool Accepted, int? Version, CommandOutcome? Outcome, string Message);
