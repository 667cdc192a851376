namespace EvDashboard.Core.Billing;

/// <summary>Whom an invoice run addresses: one statement per idTag, or one per group (parent idTag).</summary>
public enum StatementTarget
{
    Tag,
    Group,
}
