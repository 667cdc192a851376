using EvDashboard.Core.Billing;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Billing;

public sealed class InvoiceIssuerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task IssueAsync_FiftyConcurrentIssues_NumbersOneToFiftyWithoutGapOrDuplicate()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        var drafts = Enumerable.Range(1, 50).Select(i => Draft(db, $"test:{i}")).ToList();

        var issued = await Task.WhenAll(drafts.Select(d => Task.Run(() => db.Issuer.IssueAsync(d, "test", CancellationToken.None))));

        await using var context = db.CreateContext();
        var sequences = await context.Invoices.Select(i => i.Sequence).OrderBy(s => s).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 50), sequences);
        Assert.Equal(50, issued.Select(i => i.Number).Distinct(StringComparer.Ordinal).Count());
        Assert.All(issued, i => Assert.True(i.IsNew));
        Assert.Equal(50, (await context.InvoiceCounters.SingleAsync(c => c.Series == "EV" && c.Year == 2026)).Last);
    }

    [Fact]
    public async Task IssueAsync_SameIssueKeyTwice_ReturnsTheFirstInvoiceAndTakesNoNumber()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);

        var first = await db.Issuer.IssueAsync(Draft(db, "test:same"), "test", CancellationToken.None);
        var second = await db.Issuer.IssueAsync(Draft(db, "test:same"), "test", CancellationToken.None);
        var next = await db.Issuer.IssueAsync(Draft(db, "test:other"), "test", CancellationToken.None);

        Assert.Equal(("EV-2026-000001", true), (first.Number, first.IsNew));
        Assert.Equal(("EV-2026-000001", false), (second.Number, second.IsNew));
        Assert.Equal("EV-2026-000002", next.Number);
    }

    [Fact]
    public async Task IssueAsync_NewYearInTheSiteZone_StartsTheSeriesAgainAtOne()
    {
        // 23:30 UTC on 31 December is 00:30 on 1 January in Berlin: the invoice belongs to the new year.
        await using var db = await BillingDatabase.CreateAsync(new DateTimeOffset(2026, 12, 31, 22, 0, 0, TimeSpan.Zero));
        var lastOfYear = await db.Issuer.IssueAsync(Draft(db, "test:a"), "test", CancellationToken.None);
        var alsoOld = await db.Issuer.IssueAsync(Draft(db, "test:b"), "test", CancellationToken.None);
        db.Time.Advance(TimeSpan.FromMinutes(90));

        var firstOfYear = await db.Issuer.IssueAsync(Draft(db, "test:c"), "test", CancellationToken.None);

        Assert.Equal(["EV-2026-000001", "EV-2026-000002", "EV-2027-000001"], new[] { lastOfYear.Number, alsoOld.Number, firstOfYear.Number });
        await using var context = db.CreateContext();
        Assert.Equal(2, await context.InvoiceCounters.CountAsync());
    }

    private static InvoiceDraft Draft(BillingDatabase db, string key) => new(
        InvoiceKind.Statement, db.Options.StatementSeries, key, "EUR", "Buyer", "TAG1", null, null, null, null, null, null, "{\"name\":\"Volt GmbH\",\"addressLines\":[]}",
        db.Time.GetUtcNow().AddDays(14), [new InvoiceLine(1, "Session 1", 1, 1, "session", 1_000, 19m, 190)]);
}
