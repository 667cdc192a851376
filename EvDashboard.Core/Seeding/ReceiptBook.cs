using EvDashboard.Core.Audit;
using EvDashboard.Core.Billing;

namespace EvDashboard.Core.Seeding;

/// <summary>
/// Issues the seeded sessions' receipts as the product's receipt worker would have: a few seconds after each stop, in
/// order of issue, numbered gap-free per site-local year in the receipt series, with the lines and VAT of
/// <see cref="ReceiptDrafts"/>. Sessions wait in a queue until no earlier stop can still come.
/// </summary>
internal sealed class ReceiptBook(BulkWriter writer, BillingOptions options, TimeZoneInfo zone, DateTimeOffset now, long firstInvoiceId, Dictionary<int, int> counters)
{
    private readonly PriorityQueue<(PricedSession Session, InvoiceBuyer Buyer), (long EndedAt, int TransactionId)> _waiting = new();
    private readonly string _seller = BillingJson.Serialize(options.Seller.Snapshot());
    private long _nextId = firstInvoiceId;

    public IReadOnlyDictionary<int, int> Counters => counters;

    public void Add(PricedSession session, InvoiceBuyer buyer) => _waiting.Enqueue((session, buyer), (session.EndedAt.UtcTicks, session.TransactionId));

    /// <summary>Issues the receipts of sessions that stopped before <paramref name="before"/>.</summary>
    public void IssueBefore(DateTimeOffset before)
    {
        while (_waiting.TryPeek(out var next, out var key) && key.EndedAt < before.UtcTicks)
        {
            _waiting.Dequeue();
            Issue(next.Session, next.Buyer);
        }
    }

    public void IssueAll() => IssueBefore(DateTimeOffset.MaxValue);

    private void Issue(PricedSession session, InvoiceBuyer buyer)
    {
        var issuedAt = session.EndedAt.AddSeconds(5);
        var draft = ReceiptDrafts.Create(session, buyer, options, issuedAt);
        var year = TimeZoneInfo.ConvertTime(issuedAt, zone).Year;
        var sequence = counters[year] = counters.GetValueOrDefault(year) + 1;
        var id = _nextId++;
        var net = draft.Lines.Sum(l => l.NetMinor);
        var vat = draft.Lines.Sum(l => l.VatMinor);
        // Receipts are paid at the charger; one in thirty is left open, so the unpaid views have something to show.
        var paid = draft.DueAt < now && id % 30 != 0;
        writer.Invoices.Insert(
            id, Invoice.FormatNumber(draft.Series, year, sequence), draft.Series, year, sequence, nameof(InvoiceKind.Receipt), draft.IssueKey,
            SeedFormat.Ticks(issuedAt), Actor.System.Name, SeedFormat.Ticks(draft.DueAt), draft.Currency, net, vat, net + vat,
            draft.BuyerName, draft.BuyerIdTag, draft.BuyerGroup, SeedFormat.Ticks(session.StartedAt), SeedFormat.Ticks(session.EndedAt), session.TransactionId,
            _seller, paid ? nameof(PaymentStatus.Paid) : nameof(PaymentStatus.Unpaid), paid ? SeedFormat.Ticks(draft.DueAt.AddDays(-1)) : null, paid ? Actor.System.Name : null);
        foreach (var line in draft.Lines)
        {
            writer.InvoiceLines.Insert(id, line.Position, line.Description, line.TransactionId, SeedFormat.Decimal(line.Quantity), line.Unit,
                line.NetMinor, SeedFormat.Decimal(line.VatRatePercent), line.VatMinor);
        }

        writer.RowsWritten(1 + draft.Lines.Count);
    }
}
