namespace EvDashboard.Core.Billing;

/// <summary>Set by a Manager; "overdue" is not stored but derived: unpaid after the due date.</summary>
public enum PaymentStatus
{
    Unpaid,
    Paid,
}
