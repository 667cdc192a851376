using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Invoices;

/// <summary>
/// The whole app with billing, its receipt sweep slowed to once an hour so a test's invoices are the ones it issues,
/// and helpers that issue receipts and statements from hand-priced sessions.
/// </summary>
internal sealed class InvoiceTestHost : IAsyncDisposable
{
    private int _sessions;

    public EvDashboardFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["Billing:ReceiptSweepSeconds"] = "3600",
        ["Billing:Seller:Name"] = "Volt Charging GmbH",
        ["Billing:Seller:AddressLines:0"] = "Hauptstraße 1",
        ["Billing:Seller:AddressLines:1"] = "10115 Berlin",
        ["Billing:Seller:VatId"] = "DE123456789",
    });

    public DatabaseWriter Writer => Factory.Services.GetRequiredService<DatabaseWriter>();

    public async Task<string> ReceiptAsync(string idTag = "TAG1", string? owner = null)
    {
        if (owner is not null)
        {
            await BillingSeed.TagAsync(Writer, idTag, owner);
        }

        var startedAt = new DateTimeOffset(2026, 10, 3, 12, 0, 0, TimeSpan.Zero).AddMinutes(Interlocked.Increment(ref _sessions));
        var tx = await BillingSeed.SessionAsync(Writer, idTag, startedAt, BillingSeed.Standard());
        return (await Factory.Services.GetRequiredService<ReceiptIssuer>().IssueAsync(tx, CancellationToken.None))!.Number;
    }

    /// <summary>A statement for October with <paramref name="sessions"/> lines.</summary>
    public async Task<string> StatementAsync(string idTag, int sessions)
    {
        for (var i = 0; i < sessions; i++)
        {
            await BillingSeed.SessionAsync(Writer, idTag, new DateTimeOffset(2026, 10, 1, 6, 0, 0, TimeSpan.Zero).AddHours(7 * i), BillingSeed.Standard());
        }

        var run = Factory.Services.GetRequiredService<InvoiceRun>();
        var result = await run.RunAsync(new InvoiceRunRequest(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), StatementTarget.Tag), new Actor("test"), null, CancellationToken.None);
        return Assert.Single(result.IssuedNumbers);
    }

    public async Task<HttpClient> ApiClientAsync(string role)
    {
        var keys = Factory.Services.GetRequiredService<ApiKeyAdministration>();
        var issued = await keys.CreateAsync($"{role} key", role, expiresAt: null, new Actor("admin@example.com"), CancellationToken.None);
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", issued.Secret);
        return client;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
