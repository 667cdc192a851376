using EvDashboard.Demo;

namespace EvDashboard.Tests.Web.Demo;

public sealed class DemoEndpointTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "ws://127.0.0.1:5080/")]
    [InlineData("http://localhost:5000", "ws://127.0.0.1:5000/")]
    [InlineData("http://[::]:8080", "ws://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:80", "ws://127.0.0.1/")]
    [InlineData("http://*:5183", "ws://127.0.0.1:5183/")]
    [InlineData("http://+:5183/", "ws://127.0.0.1:5183/")]
    [InlineData("http://[::1]:5183", "ws://[::1]:5183/")]
    public void FromServerAddresses_PlainHttp_IsReachedOverLoopback(string address, string expected)
    {
        Assert.Equal(new Uri(expected), DemoEndpoint.FromServerAddresses([address]));
    }

    [Fact]
    public void FromServerAddresses_HttpsAndUnixSocketsOnly_HasNoEndpoint()
    {
        Assert.Null(DemoEndpoint.FromServerAddresses(["https://127.0.0.1:5001", "http://unix:/run/evd.sock"]));
        Assert.Null(DemoEndpoint.FromServerAddresses([]));
    }

    [Fact]
    public void FromServerAddresses_HttpsBeforeHttp_PicksTheHttpOne()
    {
        Assert.Equal(new Uri("ws://127.0.0.1:5080/"), DemoEndpoint.FromServerAddresses(["https://localhost:5001", "http://localhost:5080"]));
    }
}
