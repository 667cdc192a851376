using System.Globalization;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Core.Billing;

/// <summary>
/// A session's receipt: one line per cost line of its stored breakdown, each at the session's VAT rate, with the
/// session's VAT spread over the lines (<see cref="VatAllocation"/>) so the receipt's net, VAT and total are the
/// session's own, to the cent.
/// </summary>
internal static class ReceiptDrafts
{
    public static string IssueKey(int transactionId) => string.Create(CultureInfo.InvariantCulture, $"receipt:{transactionId}");

    public static InvoiceDraft Create(PricedSession session, InvoiceBuyer buyer, BillingOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(buyer);
        ArgumentNullException.ThrowIfNull(options);
        var breakdown = TariffJson.DeserializeBreakdown(session.BreakdownJson);
        var parts = Parts(session, breakdown);
        var vat = VatAllocation.Allocate(parts.Select(p => p.AmountMinor).ToList(), session.VatMinor);
        var lines = parts.Select((p, i) => new InvoiceLine(
                i + 1, Describe(p), session.TransactionId, p.Quantity, p.Unit, p.AmountMinor, breakdown.VatRatePercent, vat[i]))
            .ToList();
        return new InvoiceDraft(
            InvoiceKind.Receipt, options.ReceiptSeries, IssueKey(session.TransactionId), session.Currency,
            buyer.Name, buyer.IdTag, buyer.Group, session.StartedAt, session.EndedAt, session.TransactionId,
            Credits: null, Reason: null, BillingJson.Serialize(options.Seller.Snapshot()), now.AddDays(options.PaymentTermsDays), lines);
    }

    private static List<CostLine> Parts(PricedSession session, CostBreakdown breakdown)
    {
        var parts = breakdown.Lines.ToList();
        var difference = session.NetMinor - parts.Sum(l => l.AmountMinor);
        if (parts.Count == 0 || difference != 0)
        {
            // The stored net is what was charged. A breakdown always adds up to it (CostBreakdown's contract); should
            // one ever not, the difference is shown as its own line rather than the receipt disagreeing with the session.
            parts.Add(new CostLine(CostComponent.StartFee, parts.Count == 0 ? "Charging session" : "Adjustment", 1, "session", 0, difference));
        }

        return parts;
    }

    private static string Describe(CostLine line) => line.Band is { Length: > 0 } band ? $"{line.Description} · {band}" : line.Description;
}
