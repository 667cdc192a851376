using EvDashboard.Core.Access;
using System.Text;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Csv;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.IdTags;

/// <summary>CSV export over HTTP and import with preview against the app's real database.</summary>
public sealed class IdTagCsvTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    private IdTagImport Import => _factory.Services.GetRequiredService<IdTagImport>();

    public async Task InitializeAsync()
    {
        var budget = new TagBudget(BudgetPeriod.Week, 50_000, 2_000, "EUR");
        var settings = new IdTagSettings(IdTagStatus.Accepted, null, null, 2, IdTagType.AppToken, "Ada, \"the\" driver", budget);
        await _factory.Services.GetRequiredService<IdTagAdministration>().CreateAsync("GROUP1", settings, Actor.System, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Export_OneTag_StreamsHeaderAndQuotedRow()
    {
        using var client = await OperatorLogin.SignedInAsync(_factory, OperatorRoles.Operator);

        using var response = await client.GetAsync(new Uri("/idtags/export.csv", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(string.Join(',', IdTagCsvColumns.All), lines[0]);
        Assert.Equal("GROUP1,AppToken,Accepted,\"Ada, \"\"the\"\" driver\",,,2,Week,50000,2000,EUR", lines[1]);
    }

    [Fact]
    public async Task Export_SiteStaff_IsNotAllowed()
    {
        using var client = await OperatorLogin.SignedInAsync(_factory, OperatorRoles.SiteStaff);

        using var response = await client.GetAsync(new Uri("/idtags/export.csv", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewAsync_BadRows_ErrorPerRowAndNothingImportable()
    {
        var csv = """
            id_tag,status,parent_id_tag,max_concurrent_sessions,budget_period,budget_energy_wh,expires_at_utc
            NEW1,Accepted,GROUP1,,,,
            new1,Blocked,,,,,
            NEW2,Maybe,,,,,
            NEW3,,NOGROUP,,,,
            NEW4,,,zero,,,
            NEW5,,,,,5000,
            NEW6,,,,,,tomorrow
            ,Accepted,,,,,
            """;

        var preview = await PreviewAsync(csv);

        Assert.False(preview.CanImport);
        Assert.Equal(7, preview.ErrorCount);
        Assert.True(preview.Rows[0].IsValid);
        Assert.Contains("Duplicate: new1 is already on line 2", Assert.Single(preview.Rows[1].Errors), StringComparison.Ordinal);
        Assert.StartsWith("status: 'Maybe'", Assert.Single(preview.Rows[2].Errors), StringComparison.Ordinal);
        Assert.StartsWith("Unknown group: NOGROUP", Assert.Single(preview.Rows[3].Errors), StringComparison.Ordinal);
        Assert.StartsWith("max_concurrent_sessions: 'zero'", Assert.Single(preview.Rows[4].Errors), StringComparison.Ordinal);
        Assert.StartsWith("budget_period: a budget limit needs a period", Assert.Single(preview.Rows[5].Errors), StringComparison.Ordinal);
        Assert.StartsWith("expires_at_utc: 'tomorrow'", Assert.Single(preview.Rows[6].Errors), StringComparison.Ordinal);
        Assert.StartsWith("id_tag:", Assert.Single(preview.Rows[7].Errors), StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Import.ImportAsync(preview, Actor.System, CancellationToken.None));
        await using var db = _factory.CreateDbContext();
        Assert.Equal(1, await db.IdTags.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_CleanFile_CreatesUpdatesAndAuditsOnce()
    {
        var csv = """
            id_tag,type,status,owner_name,parent_id_tag,budget_period,budget_energy_wh
            group1,RfidCard,Blocked,Fleet,,,
            CARD-1,Pin,Accepted,Bob,GROUP1,Day,10000
            CARD-2,,,,CARD-1,,
            """;
        var preview = await PreviewAsync(csv);

        var (created, updated) = await Import.ImportAsync(preview, new Actor("op@example.com"), CancellationToken.None);

        Assert.Equal((2, 1), (created, updated));
        Assert.Equal([false, true, true], preview.Rows.Select(r => r.IsNew));
        await using var db = _factory.CreateDbContext();
        var tags = await db.IdTags.AsNoTracking().OrderBy(t => t.Value).ToListAsync();
        Assert.Equal(["CARD-1", "CARD-2", "GROUP1"], tags.Select(t => t.Value));
        Assert.Equal((IdTagType.Pin, "Bob", "GROUP1"), (tags[0].Type, tags[0].OwnerName, tags[0].ParentIdTag));
        Assert.Equal(new TagBudget(BudgetPeriod.Day, 10_000, null, null), tags[0].Budget);
        Assert.Equal((IdTagStatus.Blocked, "Fleet", (TagBudget?)null), (tags[2].Status, tags[2].OwnerName, tags[2].Budget));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "idtag.import");
        Assert.Equal(("op@example.com", "2 created, 1 updated: group1, CARD-1, CARD-2"), (audit.Actor, audit.Details));
    }

    [Fact]
    public async Task PreviewAsync_NoIdTagColumn_FileError()
    {
        var preview = await PreviewAsync("tag,status\nA,Accepted\n");

        Assert.False(preview.CanImport);
        Assert.StartsWith("The first line must be a header with at least the column id_tag", Assert.Single(preview.FileErrors), StringComparison.Ordinal);
    }

    private async Task<IdTagImportPreview> PreviewAsync(string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await Import.PreviewAsync(stream, CancellationToken.None);
    }
}
