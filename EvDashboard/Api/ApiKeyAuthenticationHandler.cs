using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EvDashboard.Api;

/// <summary>
/// Authentication scheme "ApiKey": the X-Api-Key header must equal one of <see cref="ApiOptions.Keys"/>.
/// Keys are compared as SHA-256 digests in constant time, so neither the content nor the length of a
/// configured key leaks through response timing.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ApiOptions> apiOptions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    public const string AccessTokenParameter = "access_token";

    private const string HubPathPrefix = "/hubs";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[HeaderName];
        if (presented.Count == 0 && Request.Path.StartsWithSegments(HubPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // Browsers cannot set headers on a WebSocket, so the SignalR convention ?access_token= is accepted for hubs only.
            presented = Request.Query[AccessTokenParameter];
        }

        if (presented.Count == 0 || string.IsNullOrEmpty(presented[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (presented.Count > 1 || !IsConfiguredKey(presented[0]!))
        {
            return Task.FromResult(AuthenticateResult.Fail("Invalid API key."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "api")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required",
                detail: $"Send a valid API key in the {HeaderName} header.")
            .ExecuteAsync(Context);
    }

    private bool IsConfiguredKey(string presented)
    {
        Span<byte> presentedHash = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> keyHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), presentedHash);
        var match = false;
        foreach (var key in apiOptions.CurrentValue.Keys)
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(key), keyHash);
            // No early exit: the time taken does not tell which key, if any, matched.
            match |= CryptographicOperations.FixedTimeEquals(presentedHash, keyHash);
        }

        return match;
    }
}
