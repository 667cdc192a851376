using System.Net;
using EvDashboard.Api;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Api;

/// <summary>X-Api-Key on every /api call: scheme "ApiKey", keys from Api:Keys, validated at start-up.</summary>
public sealed class ApiAuthenticationTests : IAsyncLifetime
{
    private readonly ApiTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/api/charge-points")]
    [InlineData("/api/id-tags")]
    [InlineData("/api/sessions")]
    [InlineData("/api/charge-points/CP-1/commands")]
    public async Task Get_WithoutKey_Returns401Problem(string path)
    {
        using var client = _host.CreateClient(apiKey: null);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-key-0123456789")]
    [InlineData("test-api-key-012345678")]
    [InlineData("TEST-API-KEY-0123456789")]
    public async Task Get_WithWrongKey_Returns401(string key)
    {
        using var client = _host.CreateClient(key);

        using var response = await client.GetAsync(new Uri("/api/charge-points", UriKind.Relative));

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_WithWrongKey_Returns401AndStoresNothing()
    {
        using var client = _host.CreateClient("wrong-key-0123456789");

        using var response = await client.PostAsync(
            new Uri("/api/charge-points", UriKind.Relative), new StringContent("""{"id":"CP-1"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await _host.ReadAsync(db => Task.FromResult(db.ChargePoints.Count())));
    }

    [Fact]
    public async Task Get_WithConfiguredKey_Returns200()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/charge-points", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_SecondConfiguredKey_Returns200()
    {
        await using var host = new ApiTestHost(new Dictionary<string, string?> { ["Api:Keys:1"] = "second-key-abcdefghijkl" });
        using var client = host.CreateClient("second-key-abcdefghijkl");

        using var response = await client.GetAsync(new Uri("/api/id-tags", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_NoKeyConfigured_Returns401EvenWithAKey()
    {
        await using var factory = _host.Factory.WithWebHostBuilder(
            builder => builder.ConfigureServices(services => services.PostConfigure<ApiOptions>(options => options.Keys.Clear())));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", EvDashboardFactory.TestApiKey);

        using var response = await client.GetAsync(new Uri("/api/charge-points", UriKind.Relative));

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Start_KeyShorterThan16Characters_FailsNamingTheSetting()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Api:Keys:0"] = "too-short" });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Api:Keys", error.ToString(), StringComparison.Ordinal);
    }
}
