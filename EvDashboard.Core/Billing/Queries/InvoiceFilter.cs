namespace EvDashboard.Core.Billing.Queries;

/// <summary>
/// Which invoices to list: issued between two of the site's local dates (both inclusive), of a kind and status,
/// whose buyer (name, idTag or group) contains <see cref="Buyer"/>, whose number contains <see cref="Number"/>.
/// </summary>
public sealed record InvoiceFilter(
    DateOnly? IssuedFrom = null,
    DateOnly? IssuedTo = null,
    InvoiceKind? Kind = null,
    InvoiceStatusFilter? Status = null,
    string? Buyer = null,
    string? Number = null,
    int Skip = 0,
    int Take = 25)
{
    public const int DefaultTake = 25;

    public const int MaxTake = 500;
}
