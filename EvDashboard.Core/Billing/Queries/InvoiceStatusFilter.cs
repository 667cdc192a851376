namespace EvDashboard.Core.Billing.Queries;

/// <summary>The list's status filter: Unpaid includes overdue invoices; Overdue is only those past their due date.</summary>
public enum InvoiceStatusFilter
{
    Paid,
    Unpaid,
    Overdue,
}
