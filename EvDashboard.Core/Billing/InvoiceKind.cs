namespace EvDashboard.Core.Billing;

/// <summary>Each kind is its own number series (docs/BILLING.md).</summary>
public enum InvoiceKind
{
    /// <summary>One completed session, issued automatically when its final cost is known.</summary>
    Receipt,

    /// <summary>The sessions of an idTag or group over a period, issued by an invoice run.</summary>
    Statement,

    /// <summary>Cancels an issued invoice (negative amounts), referencing it; issued invoices are never changed.</summary>
    CreditNote,
}
