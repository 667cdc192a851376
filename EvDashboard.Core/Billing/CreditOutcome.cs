namespace EvDashboard.Core.Billing;

public enum CreditOutcome
{
    Credited,
    NotFound,

    /// <summary>A credit note itself cannot be credited.</summary>
    IsCreditNote,

    /// <summary>The invoice already has its (full) credit note; <see cref="CreditResult.CreditNoteNumber"/> names it.</summary>
    AlreadyCredited,
}
