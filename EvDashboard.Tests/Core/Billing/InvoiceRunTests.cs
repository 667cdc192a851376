using EvDashboard.Core.Audit;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Billing.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Billing;

public sealed class InvoiceRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Manager = new("manager@example.com");
    private static readonly InvoiceRunRequest October = new(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), StatementTarget.Tag);

    [Fact]
    public async Task RunAsync_TwiceForTheSamePeriod_SecondRunIssuesNothing()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        await SeedOctoberAsync(db);
        var reports = new List<InvoiceRunProgress>();

        var first = await db.Run.RunAsync(October, Manager, new SynchronousProgress(reports.Add), CancellationToken.None);
        var second = await db.Run.RunAsync(October, Manager, null, CancellationToken.None);

        Assert.Equal((2, 2, 0, false), (first.Total, first.Issued, first.Skipped, first.Cancelled));
        Assert.Equal(["EV-2026-000001", "EV-2026-000002"], first.IssuedNumbers);
        Assert.Equal((2, 0, 2), (second.Total, second.Issued, second.Skipped));
        Assert.Equal([new(0, 2, 0, 0), new(1, 2, 1, 0), new InvoiceRunProgress(2, 2, 2, 0)], reports);
        await using var context = db.CreateContext();
        Assert.Equal(2, await context.Invoices.CountAsync());
        Assert.Equal(2, await context.AuditEntries.CountAsync(e => e.Action == "invoice.run" && e.Actor == Manager.Name));
    }

    [Fact]
    public async Task RunAsync_PerTag_OneLinePerSessionEndedInThePeriodInTheSiteZone()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        var (inside, _) = await SeedOctoberAsync(db);

        var result = await db.Run.RunAsync(October, Manager, null, CancellationToken.None);

        var statement = await db.InvoiceAsync(result.IssuedNumbers[0]);
        Assert.Equal(("statement:tag:TAG-A:2026-10-01:2026-11-01", "Ada"), (statement.IssueKey, statement.BuyerName));
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 22, 0, 0, TimeSpan.Zero), statement.PeriodFrom);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero), statement.PeriodTo);
        var lines = statement.Lines.OrderBy(l => l.Position).ToList();
        Assert.Equal(inside, lines.Select(l => l.TransactionId!.Value));
        Assert.Equal($"Session {inside[0]} · CP-01/1 · 2026-10-03 14:02 · 12.345 kWh", lines[0].Description);
        Assert.Equal((1462L, 278L, 1740L), (statement.NetMinor, statement.VatMinor, statement.TotalMinor));
    }

    [Fact]
    public async Task RunAsync_PerGroup_StatementPerGroupWithVatBrokenDownPerRate()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        await BillingSeed.SessionAsync(db.Writer, "TAG-A", new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero), BillingSeed.Standard(19m), "FLEET");
        await BillingSeed.SessionAsync(db.Writer, "TAG-B", new DateTimeOffset(2026, 10, 6, 8, 0, 0, TimeSpan.Zero), BillingSeed.Standard(7m), "fleet");
        await BillingSeed.SessionAsync(db.Writer, "TAG-C", new DateTimeOffset(2026, 10, 7, 8, 0, 0, TimeSpan.Zero), BillingSeed.Standard(19m), group: null);

        var result = await db.Run.RunAsync(October with { Target = StatementTarget.Group }, Manager, null, CancellationToken.None);

        var detail = await db.Queries.GetAsync(Assert.Single(result.IssuedNumbers), CancellationToken.None);
        Assert.Equal(("Group FLEET", "FLEET"), (detail!.Summary.BuyerName, detail.Summary.BuyerGroup));
        Assert.Equal([new VatRateTotal(19m, 731, 139), new VatRateTotal(7m, 731, 51)], detail.VatBreakdown);
        Assert.Equal(731 + 731 + 139 + 51, detail.Summary.TotalMinor);
    }

    [Fact]
    public async Task RunAsync_CancelledAfterTheFirstStatement_KeepsItAndTheNextRunIssuesTheRest()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        await SeedOctoberAsync(db);
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Done == 1)
            {
                cancel.Cancel();
            }
        });

        var cancelled = await db.Run.RunAsync(October, Manager, progress, cancel.Token);
        var rest = await db.Run.RunAsync(October, Manager, null, CancellationToken.None);

        Assert.Equal((true, 1, 2), (cancelled.Cancelled, cancelled.Issued, cancelled.Total));
        Assert.Equal((false, 1, 1), (rest.Cancelled, rest.Issued, rest.Skipped));
        await using var context = db.CreateContext();
        Assert.Equal(2, await context.Invoices.CountAsync());
        Assert.Contains(await context.AuditEntries.Select(e => e.Details).ToListAsync(), d => d!.EndsWith("; cancelled (EV-2026-000001..EV-2026-000001)", StringComparison.Ordinal));
    }

    /// <summary>TAG-A: two sessions in October (Berlin), one ending just after it; TAG-B: one in October.</summary>
    private static async Task<(int[] Inside, int Outside)> SeedOctoberAsync(BillingDatabase db)
    {
        await BillingSeed.TagAsync(db.Writer, "TAG-A", "Ada");
        var a1 = await BillingSeed.SessionAsync(db.Writer, "TAG-A", new DateTimeOffset(2026, 10, 3, 12, 2, 0, TimeSpan.Zero), BillingSeed.Standard());
        var a2 = await BillingSeed.SessionAsync(db.Writer, "TAG-A", new DateTimeOffset(2026, 10, 31, 20, 0, 0, TimeSpan.Zero), BillingSeed.Standard());
        // Ends 00:30 on 1 November in Berlin: November's.
        var outside = await BillingSeed.SessionAsync(db.Writer, "tag-a", new DateTimeOffset(2026, 10, 31, 22, 0, 0, TimeSpan.Zero), BillingSeed.Standard());
        await BillingSeed.SessionAsync(db.Writer, "TAG-B", new DateTimeOffset(2026, 10, 10, 12, 0, 0, TimeSpan.Zero), BillingSeed.Standard());
        return ([a1, a2], outside);
    }

    private sealed class SynchronousProgress(Action<InvoiceRunProgress> report) : IProgress<InvoiceRunProgress>
    {
        public void Report(InvoiceRunProgress value) => report(value);
    }
}
