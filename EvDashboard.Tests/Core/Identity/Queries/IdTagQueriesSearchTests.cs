using EvDashboard.Core.Audit;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Identity.Queries;

/// <summary>The /idtags search: what the operator types matches literally, LIKE wildcards included.</summary>
public sealed class IdTagQueriesSearchTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    public async Task InitializeAsync()
    {
        var administration = _factory.Services.GetRequiredService<IdTagAdministration>();
        foreach (var tag in new[] { "50%OFF", "50XOFF", "A_1", "AB1", @"C\1", "C1" })
        {
            await administration.CreateAsync(tag, new IdTagSettings(IdTagStatus.Accepted, null, null, null), Actor.System, CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("50%", "50%OFF")]
    [InlineData("a_", "A_1")]
    [InlineData("_1", "A_1")]
    [InlineData(@"c\", @"C\1")]
    [InlineData(" xoff ", "50XOFF")]
    public async Task SearchAsync_TextWithLikeWildcards_MatchesLiterally(string text, string expected)
    {
        var page = await _factory.Services.GetRequiredService<IdTagQueries>().SearchAsync(new IdTagSearch(text), CancellationToken.None);

        Assert.Equal([expected], page.Rows.Select(r => r.Tag.IdTag));
        Assert.Equal(1, page.Total);
    }
}
