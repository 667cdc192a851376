using System.Globalization;

namespace EvDashboard.Core.Billing;

/// <summary>A full credit note: the original's lines with their amounts negated, same rates, referencing the original.</summary>
internal static class CreditNoteDrafts
{
    public const int MaxReasonLength = 500;

    public static string IssueKey(string number) => string.Create(CultureInfo.InvariantCulture, $"credit:{number}");

    public static InvoiceDraft Create(Invoice original, string reason, BillingOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(options);
        var lines = original.Lines.OrderBy(l => l.Position)
            .Select(l => new InvoiceLine(l.Position, l.Description, l.TransactionId, l.Quantity, l.Unit, -l.NetMinor, l.VatRatePercent, -l.VatMinor))
            .ToList();
        // The seller who issued the original issues its correction: the stored details, not today's configuration.
        return new InvoiceDraft(
            InvoiceKind.CreditNote, options.CreditNoteSeries, IssueKey(original.Number), original.Currency, original.BuyerName,
            original.BuyerIdTag, original.BuyerGroup, original.PeriodFrom, original.PeriodTo, original.TransactionId, original, reason,
            original.SellerJson, now, lines);
    }
}
