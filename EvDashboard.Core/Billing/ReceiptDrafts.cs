using System.Globalization;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Core.Billing;

/// <summary>
/// A billing session's receipt (one session, or a chain of continued segments): one line per cost line of each segment's
/// stored breakdown, at its VAT rate, with each segment's VAT spread over its lines (<see cref="VatAllocation"/>) so the
/// receipt's net, VAT and total are the segments' own, to the cent.
/// </summary>
internal static class ReceiptDrafts
{
    public static string IssueKey(int transactionId) => string.Create(CultureInfo.InvariantCulture, $"receipt:{transactionId}");

    public static InvoiceDraft Create(PricedSession session, InvoiceBuyer buyer, BillingOptions options, DateTimeOffset now) =>
        Create([session], buyer, options, now);

    /// <summary>
    /// The one receipt of a billing session: its root and every continuation segment (oldest first), each segment's lines
    /// with its own VAT and its transactionId, so the receipt adds up to the segments' stored costs to the cent.
    /// </summary>
    public static InvoiceDraft Create(IReadOnlyList<PricedSession> segments, InvoiceBuyer buyer, BillingOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(buyer);
        ArgumentNullException.ThrowIfNull(options);
        var root = segments[0];
        if (segments.Any(s => s.Currency != root.Currency))
        {
            throw new InvalidOperationException($"The segments of session {root.TransactionId} are priced in different currencies.");
        }

        var lines = new List<InvoiceLine>();
        foreach (var segment in segments)
        {
            var breakdown = TariffJson.DeserializeBreakdown(segment.BreakdownJson);
            var parts = Parts(segment, breakdown);
            var vat = VatAllocation.Allocate(parts.Select(p => p.AmountMinor).ToList(), segment.VatMinor);
            var continued = segment.TransactionId != root.TransactionId;
            lines.AddRange(parts.Select((p, i) => new InvoiceLine(
                lines.Count + i + 1, Describe(p, continued ? segment.TransactionId : null), segment.TransactionId, p.Quantity, p.Unit, p.AmountMinor,
                breakdown.VatRatePercent, vat[i])));
        }

        return new InvoiceDraft(
            InvoiceKind.Receipt, options.ReceiptSeries, IssueKey(root.TransactionId), root.Currency,
            buyer.Name, buyer.IdTag, buyer.Group, root.StartedAt, segments.Max(s => s.EndedAt), root.TransactionId,
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

    private static string Describe(CostLine line, int? continuedAs)
    {
        var text = line.Band is { Length: > 0 } band ? $"{line.Description} · {band}" : line.Description;
        return continuedAs is { } tx ? string.Create(CultureInfo.InvariantCulture, $"{text} · continued (session {tx})") : text;
    }
}
