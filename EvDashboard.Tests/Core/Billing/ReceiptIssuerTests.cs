using EvDashboard.Core.Billing;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Billing;

public sealed class ReceiptIssuerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task IssueAsync_PricedSession_ReceiptTotalsEqualTheStoredCostToTheCent()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        await BillingSeed.TagAsync(db.Writer, "04A1B2C3D4", "Ada Lovelace");
        var tx = await BillingSeed.SessionAsync(db.Writer, "04A1B2C3D4", Now.AddHours(-3), BillingSeed.Standard());

        var issued = await db.Receipts.IssueAsync(tx, CancellationToken.None);

        var receipt = await db.InvoiceAsync(issued!.Number);
        Assert.Equal("RC-2026-000001", receipt.Number);
        Assert.Equal((InvoiceKind.Receipt, "receipt:" + tx, tx), (receipt.Kind, receipt.IssueKey, receipt.TransactionId));
        Assert.Equal((731L, 139L, 870L), (receipt.NetMinor, receipt.VatMinor, receipt.TotalMinor));
        Assert.Equal(("Ada Lovelace", "04A1B2C3D4"), (receipt.BuyerName, receipt.BuyerIdTag));
        var lines = receipt.Lines.OrderBy(l => l.Position).ToList();
        Assert.Equal(["Start fee", "Energy · Mon–Fri 07:00–22:00", "Charging time"], lines.Select(l => l.Description));
        Assert.Equal([100L, 481L, 150L], lines.Select(l => l.NetMinor));
        Assert.Equal([19L, 91L, 29L], lines.Select(l => l.VatMinor));
        Assert.All(lines, l => Assert.Equal(19m, l.VatRatePercent));
        Assert.Equal((12.345m, "kWh"), (lines[1].Quantity, lines[1].Unit));
        Assert.Equal(Now.AddDays(14), receipt.DueAt);
    }

    [Fact]
    public async Task IssueAsync_AskedTwice_IssuesOneReceipt()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        var tx = await BillingSeed.SessionAsync(db.Writer, "TAG1", Now.AddHours(-3), BillingSeed.Standard());

        var first = await db.Receipts.IssueAsync(tx, CancellationToken.None);
        var second = await db.Receipts.IssueAsync(tx, CancellationToken.None);

        Assert.True(first!.IsNew);
        Assert.False(second!.IsNew);
        Assert.Equal(first.Number, second.Number);
        await using var context = db.CreateContext();
        Assert.Equal(1, await context.Invoices.CountAsync());
    }

    [Fact]
    public async Task IssueMissingAsync_PricedAndUnpricedSessions_IssuesOneReceiptPerPricedSessionOnce()
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        var a = await BillingSeed.SessionAsync(db.Writer, "TAG1", Now.AddHours(-5), BillingSeed.Standard());
        await BillingSeed.SessionAsync(db.Writer, "TAG2", Now.AddHours(-4), cost: null);
        var c = await BillingSeed.SessionAsync(db.Writer, "TAG3", Now.AddHours(-3), BillingSeed.Standard(7m));
        await db.Receipts.IssueAsync(a, CancellationToken.None);

        var issued = await db.Receipts.IssueMissingAsync(CancellationToken.None);
        var again = await db.Receipts.IssueMissingAsync(CancellationToken.None);

        Assert.Equal((1, 0), (issued, again));
        await using var context = db.CreateContext();
        Assert.Equal([a, c], await context.Invoices.OrderBy(i => i.Sequence).Select(i => i.TransactionId!.Value).ToListAsync());
    }

    [Theory]
    [InlineData(null, null, "idTag 04A1…D4")]
    [InlineData(null, "FLEET1", "Group FLEET1")]
    [InlineData("Ada Lovelace", "FLEET1", "Ada Lovelace")]
    public async Task IssueAsync_Buyer_OwnerElseGroupElseMaskedTag(string? owner, string? group, string expected)
    {
        await using var db = await BillingDatabase.CreateAsync(Now);
        if (owner is not null || group is not null)
        {
            await BillingSeed.TagAsync(db.Writer, "04A1B2C3D4", owner, group);
        }

        var tx = await BillingSeed.SessionAsync(db.Writer, "04A1B2C3D4", Now.AddHours(-3), BillingSeed.Standard(), group);

        var receipt = await db.InvoiceAsync((await db.Receipts.IssueAsync(tx, CancellationToken.None))!.Number);

        Assert.Equal(expected, receipt.BuyerName);
        Assert.Equal(group, receipt.BuyerGroup);
    }
}
