using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Configuration;

/// <summary>A wrong setting stops the app at start-up with a message that names the setting.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Ocpp:HeartbeatIntervalSeconds", "5")]
    [InlineData("Ocpp:MaxMessageBytes", "10")]
    [InlineData("Ocpp:CallTimeoutSeconds", "0")]
    [InlineData("Ocpp:UnknownChargePoints", "Maybe")]
    [InlineData("Database:MaxBatchSize", "0")]
    [InlineData("Database:FirstPassDelaySeconds", "-1")]
    public async Task Start_InvalidSetting_FailsNamingTheSetting(string key, string value)
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { [key] = value });

        var error = Record.Exception(() => factory.Server);

        Assert.NotNull(error);
        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DefaultSettings_ServesHealthz()
    {
        await using var factory = new EvDashboardFactory();

        using var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
