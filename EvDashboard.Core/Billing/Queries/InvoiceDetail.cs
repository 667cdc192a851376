namespace EvDashboard.Core.Billing.Queries;

/// <summary>Everything an invoice says, as the detail page, the print view, the PDF and the API show it.</summary>
public sealed record InvoiceDetail(
    InvoiceRow Summary,
    SellerSnapshot Seller,
    DateTimeOffset? PeriodFrom,
    DateTimeOffset? PeriodTo,
    int? TransactionId,
    string? Reason,
    string IssuedBy,
    DateTimeOffset? PaymentChangedAt,
    string? PaymentChangedBy,
    IReadOnlyList<InvoiceLineView> Lines,
    IReadOnlyList<VatRateTotal> VatBreakdown)
{
    public string Number => Summary.Number;

    public static IReadOnlyList<VatRateTotal> BreakDown(IEnumerable<InvoiceLineView> lines) =>
        lines.GroupBy(l => l.VatRatePercent)
            .OrderByDescending(g => g.Key)
            .Select(g => new VatRateTotal(g.Key, g.Sum(l => l.NetMinor), g.Sum(l => l.VatMinor)))
            .ToList();
}
