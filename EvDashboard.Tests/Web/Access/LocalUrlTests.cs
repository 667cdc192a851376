using EvDashboard.Access;

namespace EvDashboard.Tests.Web.Access;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/stations", "/stations")]
    [InlineData("/sessions?station=CP-1", "/sessions?station=CP-1")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/x", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/redirect?to=https://evil.example", "/")]
    public void OrHome_Url_StaysOnThisSite(string? url, string expected)
    {
        Assert.Equal(expected, LocalUrl.OrHome(url));
    }
}
