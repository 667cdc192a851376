using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using EvDashboard.Core.Access;
using EvDashboard.Core.Access.Queries;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EvDashboard.Api;

/// <summary>
/// Authentication scheme "ApiKey": the X-Api-Key header holds either a key an Admin created in the dashboard
/// (stored as a digest, with one role) or one of <see cref="ApiOptions.Keys"/> from configuration, meant for
/// automation, which acts as Admin. Configured keys are compared as SHA-256 digests in constant time, so neither
/// the content nor the length of a configured key leaks through response timing.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ApiOptions> apiOptions,
    AccessTokenLookup lookup)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    public const string AccessTokenParameter = "access_token";

    private const string HubPathPrefix = "/hubs";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[HeaderName];
        if (presented.Count == 0 && Request.Path.StartsWithSegments(HubPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // Browsers cannot set headers on a WebSocket, so the SignalR convention ?access_token= is accepted for hubs only.
            presented = Request.Query[AccessTokenParameter];
        }

        if (presented.Count == 0 || string.IsNullOrEmpty(presented[0]))
        {
            return AuthenticateResult.NoResult();
        }

        if (presented.Count > 1)
        {
            return AuthenticateResult.Fail("Invalid API key.");
        }

        var key = presented[0]!;
        if (key.StartsWith(ApiKey.Prefix, StringComparison.Ordinal)
            && await lookup.FindApiKeyAsync(key, Context.RequestAborted) is { Role: { } role } grant)
        {
            return Success(grant.Name, grant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), role);
        }

        return IsConfiguredKey(key) ? Success("config", "config", OperatorRoles.Admin) : AuthenticateResult.Fail("Invalid API key.");
    }

    private static AuthenticateResult Success(string name, string keyId, string role)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, $"api-key:{name}"), new Claim(ApiKeyClaims.KeyId, keyId), new Claim(ClaimTypes.Role, role)],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
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

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not allowed",
                detail: "This API key's role does not allow this request.")
            .ExecuteAsync(Context);

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
