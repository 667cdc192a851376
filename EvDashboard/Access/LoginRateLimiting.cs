using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EvDashboard.Access;

/// <summary>
/// Policy "login": a fixed number of sign-in (and account link) posts per minute per client IP address, on top
/// of the per-account lockout, so one address cannot guess passwords across many accounts.
/// </summary>
internal sealed class LoginRateLimiting(IOptions<AccessOptions> access, ILogger<LoginRateLimiting> logger) : IConfigureOptions<RateLimiterOptions>
{
    public void Configure(RateLimiterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = access.Value.LoginAttemptsPerMinute;
        options.AddPolicy(AccountEndpoints.LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        options.OnRejected = (rejected, _) =>
        {
            var http = rejected.HttpContext;
            AccessLog.SignInRateLimited(logger, http.Connection.RemoteIpAddress?.ToString());
            // A browser gets the sign-in page with the reason; the status stays 429 for anything that reads it.
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = "60";
            http.Response.Headers.Location = "/login?error=rate";
            return ValueTask.CompletedTask;
        };
    }
}
