using System.Text.Json;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Api;

/// <summary>/openapi/v1.json describes the management API and its X-Api-Key scheme.</summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private readonly ApiTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_Document_ListsTheApiPaths()
    {
        using var client = _host.CreateClient(EvDashboardFactory.TestApiKey);

        var document = await GetDocumentAsync(client);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/charge-points", paths);
        Assert.Contains("/api/charge-points/{id}", paths);
        Assert.Contains("/api/charge-points/{id}/commands", paths);
        Assert.Contains("/api/charge-points/{id}/commands/{action}", paths);
        Assert.Contains("/api/id-tags", paths);
        Assert.Contains("/api/id-tags/{idTag}", paths);
        Assert.Contains("/api/sessions", paths);
        Assert.Contains("/api/sessions/{transactionId}", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/ocpp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_Document_DescribesTheApiKeySchemeAndRequiresItOnEveryOperation()
    {
        using var client = _host.CreateClient(EvDashboardFactory.TestApiKey);

        var document = await GetDocumentAsync(client);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.True(o.Value.GetProperty("security")[0].TryGetProperty("ApiKey", out _), o.Name));
    }

    [Fact]
    public async Task Get_Document_DescribesEnumsAsStrings()
    {
        using var client = _host.CreateClient(EvDashboardFactory.TestApiKey);

        var document = await GetDocumentAsync(client);

        var text = document.GetRawText();
        Assert.Contains("\"SuspendedEVSE\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Interrupted\"", text, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetDocumentAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
