namespace EvDashboard.Core.Identity.Queries;

/// <summary>
/// An idTag on the administration page: its settings, its budget use in the current period, and the last answer the
/// central system gave it (with the reason when a budget refused it).
/// </summary>
public sealed record IdTagRow(
    IdTagView Tag,
    BudgetUse? BudgetUse,
    DateTimeOffset? LastSeen,
    AuthorizationOutcome? LastOutcome,
    string? LastReason);
