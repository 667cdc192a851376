using System.Runtime.CompilerServices;
using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Billing.Queries;

/// <summary>Reads invoices for the pages, the exports and the API: filtered lists with totals, and one invoice in full.</summary>
public sealed class InvoiceQueries(IDbContextFactory<EvDashboardDbContext> contexts, SiteClock clock)
{
    public async Task<InvoicePage> ListAsync(InvoiceFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow;
        var matching = Filter(db, filter, now);
        var total = await matching.CountAsync(cancellationToken);
        var totals = await matching.GroupBy(i => i.Currency)
            .Select(g => new CurrencyTotals(g.Key, g.Count(), g.Sum(i => i.NetMinor), g.Sum(i => i.VatMinor), g.Sum(i => i.TotalMinor)))
            .ToListAsync(cancellationToken);
        var rows = await Rows(db, matching.OrderByDescending(i => i.IssuedAt).ThenByDescending(i => i.Id).Skip(filter.Skip).Take(filter.Take), now)
            .ToListAsync(cancellationToken);
        return new InvoicePage(rows, total, totals.OrderBy(t => t.Currency, StringComparer.Ordinal).ToList());
    }

    /// <summary>Every matching invoice (paging ignored), oldest first, for the CSV export.</summary>
    public async IAsyncEnumerable<InvoiceRow> StreamAsync(InvoiceFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow;
        var query = Rows(db, Filter(db, filter, now).OrderBy(i => i.IssuedAt).ThenBy(i => i.Id), now);
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    public async Task<InvoiceDetail?> GetAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow;
        var invoices = db.Invoices.AsNoTracking().Where(i => i.Number == number);
        var row = await Rows(db, invoices, now).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var extra = await invoices.Select(i => new { i.Id, i.SellerJson, i.PeriodFrom, i.PeriodTo, i.TransactionId, i.Reason, i.IssuedBy, i.PaymentChangedAt, i.PaymentChangedBy })
            .FirstAsync(cancellationToken);
        var lines = (await db.InvoiceLines.AsNoTracking().Where(l => l.InvoiceId == extra.Id)
                .Select(l => new { l.Position, l.Description, l.TransactionId, l.Quantity, l.Unit, l.NetMinor, l.VatRatePercent, l.VatMinor })
                .ToListAsync(cancellationToken))
            .OrderBy(l => l.Position)
            .Select(l => new InvoiceLineView(l.Position, l.Description, l.TransactionId, l.Quantity, l.Unit, l.NetMinor, l.VatRatePercent, l.VatMinor, l.NetMinor + l.VatMinor))
            .ToList();
        return new InvoiceDetail(row, BillingJson.DeserializeSeller(extra.SellerJson), extra.PeriodFrom, extra.PeriodTo, extra.TransactionId, extra.Reason,
            extra.IssuedBy, extra.PaymentChangedAt, extra.PaymentChangedBy, lines, InvoiceDetail.BreakDown(lines));
    }

    private IQueryable<Invoice> Filter(EvDashboardDbContext db, InvoiceFilter filter, DateTimeOffset now)
    {
        var query = db.Invoices.AsNoTracking();
        if (filter.IssuedFrom is { } from)
        {
            var start = clock.StartOfLocalDate(from);
            query = query.Where(i => i.IssuedAt >= start);
        }

        if (filter.IssuedTo is { } to)
        {
            var end = clock.StartOfLocalDate(to.AddDays(1));
            query = query.Where(i => i.IssuedAt < end);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(i => i.Kind == kind);
        }

        query = filter.Status switch
        {
            InvoiceStatusFilter.Paid => query.Where(i => i.PaymentStatus == PaymentStatus.Paid),
            InvoiceStatusFilter.Unpaid => query.Where(i => i.PaymentStatus == PaymentStatus.Unpaid && i.Kind != InvoiceKind.CreditNote),
            InvoiceStatusFilter.Overdue => query.Where(i => i.PaymentStatus == PaymentStatus.Unpaid && i.Kind != InvoiceKind.CreditNote && i.DueAt < now),
            _ => query,
        };
        if (LikePattern.For(filter.Buyer, anywhere: true) is { } buyer)
        {
            query = query.Where(i => EF.Functions.Like(i.BuyerName, buyer, LikePattern.Escape)
                || EF.Functions.Like(i.BuyerIdTag!, buyer, LikePattern.Escape)
                || EF.Functions.Like(i.BuyerGroup!, buyer, LikePattern.Escape));
        }

        if (LikePattern.For(filter.Number, anywhere: true) is { } number)
        {
            query = query.Where(i => EF.Functions.Like(i.Number, number, LikePattern.Escape));
        }

        return query;
    }

    private static IQueryable<InvoiceRow> Rows(EvDashboardDbContext db, IQueryable<Invoice> invoices, DateTimeOffset now) =>
        invoices.Select(i => new InvoiceRow(
            i.Number, i.Kind, i.IssuedAt, i.DueAt, i.BuyerName, i.BuyerIdTag, i.BuyerGroup, i.Currency, i.NetMinor, i.VatMinor, i.TotalMinor,
            i.PaymentStatus,
            i.PaymentStatus == PaymentStatus.Unpaid && i.Kind != InvoiceKind.CreditNote && i.DueAt < now,
            i.CreditedNumber,
            db.Invoices.Where(c => c.CreditedInvoiceId == i.Id).Select(c => c.Number).FirstOrDefault()));
}
