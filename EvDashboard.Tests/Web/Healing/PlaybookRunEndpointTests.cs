using System.Net;
using System.Text.Json;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Healing;

/// <summary>GET /api/charge-points/{id}/playbook-runs.</summary>
public sealed class PlaybookRunEndpointTests
{
    [Fact]
    public async Task List_AfterAFinishingRun_ReturnsItWithStepAndStatus()
    {
        await using var h = PlaybookHarness.Create();
        await using var cp = await h.ConnectAndBootAsync();
        await h.StatusAsync(cp, 2, "Finishing");
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        await h.EvaluateAndAnswerAsync(cp, """{"status":"Accepted"}""");
        using var client = h.App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", EvDashboardFactory.TestApiKey);

        using var response = await client.GetAsync(new Uri("/api/charge-points/CP-1/playbook-runs", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/api/charge-points/NOPE/playbook-runs", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (response.StatusCode, missing.StatusCode));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var run = Assert.Single(body.RootElement.EnumerateArray());
        Assert.Equal(("finishing-release", 2, 1, "Running"),
            (run.GetProperty("playbook").GetString(), run.GetProperty("connectorId").GetInt32(), run.GetProperty("step").GetInt32(), run.GetProperty("status").GetString()));
    }
}
