using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using EvDashboard.Core.Access.Queries;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EvDashboard.Access;

/// <summary>
/// A wall display's token, kept in a cookie after the first visit of <c>/wall?token=…</c>. The principal has
/// no role: it satisfies the Wall policy and nothing else.
/// </summary>
internal sealed class DisplayTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenLookup lookup)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string TokenIdClaim = "evd:display-token";

    public const string SiteClaim = "evd:site";

    public static ClaimsPrincipal Principal(AccessGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        List<Claim> claims =
        [
            new(ClaimTypes.Name, $"display:{grant.Name}"),
            new(TokenIdClaim, grant.Id.ToString(CultureInfo.InvariantCulture)),
        ];
        if (grant.Site is not null)
        {
            claims.Add(new Claim(SiteClaim, grant.Site));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AccessSchemes.DisplayToken));
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = Request.Cookies[AccessSchemes.DisplayCookieName];
        if (string.IsNullOrEmpty(secret))
        {
            return AuthenticateResult.NoResult();
        }

        var grant = await lookup.FindDisplayTokenAsync(secret, Context.RequestAborted);
        return grant is null
            ? AuthenticateResult.Fail("The display token was revoked or has expired.")
            : AuthenticateResult.Success(new AuthenticationTicket(Principal(grant), AccessSchemes.DisplayToken));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A wall whose token was revoked lands on the sign-in page, which says why.
        Response.Redirect("/login?display=invalid");
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.Redirect("/login?display=wall-only");
        return Task.CompletedTask;
    }
}
