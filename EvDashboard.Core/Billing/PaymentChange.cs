namespace EvDashboard.Core.Billing;

public enum PaymentChange
{
    Updated,
    NotFound,

    /// <summary>A credit note is money owed to the buyer, not a bill: it has no payment status to set.</summary>
    IsCreditNote,
}
