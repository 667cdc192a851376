using System.Net.Http.Json;
using System.Text.Json;
using EvDashboard.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Api;

/// <summary>
/// The whole app with its own SQLite file, charge points admitted only when registered
/// (Ocpp:UnknownChargePoints=Reject), and a client that sends the configured API key.
/// </summary>
public sealed class ApiTestHost : IAsyncDisposable
{
    /// <param name="fakeCosts">Session costs come from <see cref="EvDashboardFactory.Costs"/>, which the test fills.</param>
    public ApiTestHost(IReadOnlyDictionary<string, string?>? settings = null, bool fakeCosts = false)
    {
        var all = new Dictionary<string, string?> { ["Ocpp:UnknownChargePoints"] = "Reject" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Factory = new EvDashboardFactory(all) { UseFakeCosts = fakeCosts };
        Client = CreateClient(EvDashboardFactory.TestApiKey);
    }

    public EvDashboardFactory Factory { get; }

    /// <summary>Sends the configured API key.</summary>
    public HttpClient Client { get; }

    public HttpClient CreateClient(string? apiKey)
    {
        var client = Factory.CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>Writes test data through the app's one writer, as the product does.</summary>
    public Task WriteAsync(Action<EvDashboardDbContext> write) =>
        Factory.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            (scope, _) =>
            {
                write(scope.Db);
                return Task.CompletedTask;
            },
            CancellationToken.None);

    public async Task<T> ReadAsync<T>(Func<EvDashboardDbContext, Task<T>> read)
    {
        await using var db = Factory.CreateDbContext();
        return await read(db);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> PostJsonAsync(string path, object body) =>
        await Client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    public async Task<HttpResponseMessage> PutJsonAsync(string path, object body) =>
        await Client.PutAsJsonAsync(new Uri(path, UriKind.Relative), body);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
