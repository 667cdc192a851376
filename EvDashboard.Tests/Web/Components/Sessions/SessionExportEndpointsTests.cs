using System.Text;
using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Tests.Web.Components.Sessions;

public sealed class SessionExportEndpointsTests
{
    [Fact]
    public async Task ExportAsync_FilteredSet_CsvOfEveryMatchingSessionNotJustAPage()
    {
        await using var factory = new EvDashboardFactory { UseFakeCosts = true };
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        await using var other = await OcppTestClient.ConnectAsync(factory, "CP-2");
        var now = SessionFleet.Now(factory);
        var ids = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add(await SessionFleet.CompletedAsync(cp, 1 + (i % 2), $"TAG-{i:00}", now.AddHours(-40 + i), minutes: 20));
        }

        await SessionFleet.CompletedAsync(other, 1, "TAG-X", now.AddHours(-1), minutes: 20);
        factory.Costs.Add(FakeSessionCosts.Euro(ids[3], 1_000, isFinal: true));
        var http = new DefaultHttpContext { Request = { QueryString = new QueryString("?station=CP-1&sort=started&dir=asc") } };
        var body = new MemoryStream();
        http.Response.Body = body;

        await SessionExportEndpoints.ExportAsync(
            http, factory.Services.GetRequiredService<SessionHistoryQueries>(), factory.Services.GetRequiredService<SiteClock>(),
            factory.Costs, factory.Services.GetRequiredService<ILogger<SessionHistoryQueries>>(), CancellationToken.None);

        Assert.Equal("text/csv; charset=utf-8", http.Response.ContentType);
        Assert.StartsWith("attachment; filename=\"sessions-", http.Response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString(body.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SessionCsvWriter.Header, lines[0]);
        Assert.Equal(ids, lines.Skip(1).Select(l => int.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(lines.Skip(1), l => Assert.Contains(",CP-1,", l, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains(",1200,3666,1000,4666,EVDisconnected,", l, StringComparison.Ordinal));
        Assert.EndsWith(",EUR,10.00,1.90,11.90,true", lines[4], StringComparison.Ordinal);
        Assert.Equal(29, lines.Skip(1).Count(l => l.EndsWith(",,,,,", StringComparison.Ordinal)));
    }
}
