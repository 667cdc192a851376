namespace EvDashboard.Core.Billing;

public sealed record CreditResult(CreditOutcome Outcome, string? CreditNoteNumber);
