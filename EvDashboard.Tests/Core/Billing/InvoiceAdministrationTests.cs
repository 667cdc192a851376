using EvDashboard.Core.Audit;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Billing.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Billing;

public sealed class InvoiceAdministrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Manager = new("manager@example.com");

    private static int _sessions;

    [Fact]
    public async Task CreditAsync_Receipt_NegativeMirrorThatReferencesTheUnchangedOriginal()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        var receipt = await ReceiptAsync(db);
        var before = await db.InvoiceAsync(receipt);

        var result = await db.Administration.CreditAsync(receipt, "Charger fault, session refunded", Manager, CancellationToken.None);

        Assert.Equal(new CreditResult(CreditOutcome.Credited, "CN-2026-000001"), result);
        var note = await db.InvoiceAsync("CN-2026-000001");
        Assert.Equal((InvoiceKind.CreditNote, receipt, before.Id), (note.Kind, note.CreditedNumber, note.CreditedInvoiceId));
        Assert.Equal((-731L, -139L, -870L), (note.NetMinor, note.VatMinor, note.TotalMinor));
        Assert.Equal(before.Lines.OrderBy(l => l.Position).Select(l => -l.VatMinor), note.Lines.OrderBy(l => l.Position).Select(l => l.VatMinor));
        Assert.Equal("Charger fault, session refunded", note.Reason);
        var after = await db.InvoiceAsync(receipt);
        Assert.Equal((before.NetMinor, before.TotalMinor, before.PaymentStatus, before.Lines.Count), (after.NetMinor, after.TotalMinor, after.PaymentStatus, after.Lines.Count));
        var detail = await db.Queries.GetAsync(receipt, CancellationToken.None);
        Assert.Equal("CN-2026-000001", detail!.Summary.CreditedBy);
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.SingleAsync(e => e.Action == "invoice.credit");
        Assert.Equal((Manager.Name, receipt), (entry.Actor, entry.Target));
    }

    [Fact]
    public async Task CreditAsync_SecondCreditOrCreditOfACreditNote_Refused()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        var receipt = await ReceiptAsync(db);
        var first = await db.Administration.CreditAsync(receipt, "Refund", Manager, CancellationToken.None);

        var second = await db.Administration.CreditAsync(receipt, "Refund again", Manager, CancellationToken.None);
        var ofNote = await db.Administration.CreditAsync(first.CreditNoteNumber!, "Undo", Manager, CancellationToken.None);
        var missing = await db.Administration.CreditAsync("RC-2026-999999", "Nothing", Manager, CancellationToken.None);

        Assert.Equal(new CreditResult(CreditOutcome.AlreadyCredited, first.CreditNoteNumber), second);
        Assert.Equal(CreditOutcome.IsCreditNote, ofNote.Outcome);
        Assert.Equal(CreditOutcome.NotFound, missing.Outcome);
        await using var context = db.CreateContext();
        Assert.Equal(2, await context.Invoices.CountAsync());
        Assert.Equal(1, await context.AuditEntries.CountAsync(e => e.Action == "invoice.credit"));
    }

    [Fact]
    public async Task SetPaymentStatusAsync_UnpaidPastDue_OverdueUntilMarkedPaid()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        var receipt = await ReceiptAsync(db);
        var credit = (await db.Administration.CreditAsync(await ReceiptAsync(db), "Refund", Manager, CancellationToken.None)).CreditNoteNumber!;
        var overdue = new InvoiceFilter(Status: InvoiceStatusFilter.Overdue);
        var beforeDue = await db.Queries.ListAsync(overdue, CancellationToken.None);
        db.Time.Advance(TimeSpan.FromDays(15));

        var pastDue = await db.Queries.ListAsync(overdue, CancellationToken.None);
        var change = await db.Administration.SetPaymentStatusAsync(receipt, PaymentStatus.Paid, Manager, CancellationToken.None);
        var afterPaid = await db.Queries.ListAsync(overdue, CancellationToken.None);
        var onCredit = await db.Administration.SetPaymentStatusAsync(credit, PaymentStatus.Paid, Manager, CancellationToken.None);

        Assert.Equal(0, beforeDue.Total);
        // The credited receipt is unpaid and overdue too; the credit note itself never is.
        Assert.Equal(2, pastDue.Total);
        Assert.DoesNotContain(pastDue.Rows, r => r.Kind == InvoiceKind.CreditNote);
        Assert.Equal(PaymentChange.Updated, change);
        Assert.DoesNotContain(afterPaid.Rows, r => r.Number == receipt);
        Assert.Equal(PaymentChange.IsCreditNote, onCredit);
        var paid = await db.InvoiceAsync(receipt);
        Assert.Equal((PaymentStatus.Paid, Manager.Name), (paid.PaymentStatus, paid.PaymentChangedBy));
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.SingleAsync(e => e.Action == "invoice.payment");
        Assert.Equal((receipt, "Unpaid → Paid"), (entry.Target, entry.Details));
    }

    [Fact]
    public async Task ListAsync_Filters_TotalsPerCurrencyOfTheWholeFilteredSet()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        await BillingSeed.TagAsync(db.Writer, "TAG1", "Ada Lovelace");
        var ada = await ReceiptAsync(db, "TAG1");
        await ReceiptAsync(db, "TAG2");
        await ReceiptAsync(db, "TAG3", "CHF");
        await db.Administration.CreditAsync(ada, "Refund", Manager, CancellationToken.None);

        var all = await db.Queries.ListAsync(new InvoiceFilter(Take: 1), CancellationToken.None);
        var byBuyer = await db.Queries.ListAsync(new InvoiceFilter(Buyer: "lovel"), CancellationToken.None);
        var notes = await db.Queries.ListAsync(new InvoiceFilter(Kind: InvoiceKind.CreditNote, IssuedFrom: new DateOnly(2026, 11, 21), IssuedTo: new DateOnly(2026, 11, 21)), CancellationToken.None);

        Assert.Equal((4, 1), (all.Total, all.Rows.Count));
        Assert.Equal([new CurrencyTotals("CHF", 1, 731, 139, 870), new CurrencyTotals("EUR", 3, 731, 139, 870)], all.Totals);
        Assert.Equal(2, byBuyer.Total);
        Assert.Equal(-870, Assert.Single(notes.Totals).TotalMinor);
    }

    private static async Task<string> ReceiptAsync(BillingDatabase db, string idTag = "TAG1", string currency = "EUR")
    {
        // Each session starts at its own minute: a charger's StartTransaction is unique by connector, time, meter and tag.
        var startedAt = Now.AddHours(-3).AddMinutes(Interlocked.Increment(ref _sessions));
        var tx = await BillingSeed.SessionAsync(db.Writer, idTag, startedAt, BillingSeed.Standard(currency: currency));
        return (await db.Receipts.IssueAsync(tx, CancellationToken.None))!.Number;
    }
}
