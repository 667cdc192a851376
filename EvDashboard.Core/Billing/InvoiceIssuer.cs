using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Billing;

/// <summary>
/// Gives drafts their numbers. Each issue is one unit of the single database writer: look the IssueKey up, take the
/// series/year counter's next number, store the invoice — committed together or not at all. Units run one after
/// another, so two issuers never see the same counter value, and a failed unit rolls its number back: numbers are
/// unique and gap-free per series and year without any locking here.
/// </summary>
public sealed class InvoiceIssuer(DatabaseWriter writer, SiteClock clock)
{
    public Task<IssuedInvoice> IssueAsync(InvoiceDraft draft, string issuedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writer.ExecuteAsync((scope, ct) => IssueAsync(scope, draft, issuedBy, ct), cancellationToken);
    }

    /// <summary>Issues inside a unit of work that may do more (an audit entry, the credited invoice's check).</summary>
    internal async Task<IssuedInvoice> IssueAsync(WriteScope scope, InvoiceDraft draft, string issuedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(draft);
        var existing = await scope.Db.Invoices.AsNoTracking()
            .Where(i => i.IssueKey == draft.IssueKey)
            .Select(i => new { i.Id, i.Number })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new IssuedInvoice(existing.Number, existing.Id, IsNew: false);
        }

        var issuedAt = clock.UtcNow;
        // The year of the number is the site's calendar year: an invoice issued at 00:30 on 1 January local time is the new year's.
        var year = clock.ToLocal(issuedAt).Year;
        var counter = await scope.Db.InvoiceCounters.FirstOrDefaultAsync(c => c.Series == draft.Series && c.Year == year, cancellationToken);
        if (counter is null)
        {
            counter = new InvoiceCounter(draft.Series, year);
            scope.Db.InvoiceCounters.Add(counter);
        }

        // Fresh line objects: the writer may run a unit a second time after a failed batch, and EF must not see
        // lines that an earlier, rolled-back attempt already gave keys to.
        var invoice = Invoice.Issue(draft with { Lines = draft.Lines.Select(Copy).ToList() }, counter, issuedAt, issuedBy);
        scope.Db.Invoices.Add(invoice);
        await scope.Db.SaveChangesAsync(cancellationToken);
        return new IssuedInvoice(invoice.Number, invoice.Id, IsNew: true);
    }

    private static InvoiceLine Copy(InvoiceLine line) =>
        new(line.Position, line.Description, line.TransactionId, line.Quantity, line.Unit, line.NetMinor, line.VatRatePercent, line.VatMinor);
}
