using System.Net;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Access;

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Login_MoreAttemptsThanAllowedPerMinute_Answers429AndPointsToTheReason()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Access:LoginAttemptsPerMinute"] = "3" });
        using var browser = OperatorLogin.CreateBrowser(factory);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await OperatorLogin.PostLoginAsync(browser, "someone@example.com", "a wrong password");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("/login?error=rate", last!.Headers.Location!.OriginalString);
        Assert.Equal("60", last.Headers.GetValues("Retry-After").Single());
        last.Dispose();
    }
}
