using EvDashboard.Api;
using Microsoft.AspNetCore.Identity;

namespace EvDashboard.Access;

/// <summary>
/// One default scheme for everything, forwarding to the one that fits the request: the API key for /api and
/// for any request that carries a key, the operator's sign-in cookie, or a wall display's token cookie.
/// So the same policies (<see cref="Core.Access.AccessPolicies"/>) guard pages, the hub and the API.
/// </summary>
internal static class AccessSchemes
{
    public const string Default = "EvDashboard";

    public const string DisplayToken = "DisplayToken";

    public const string OperatorCookieName = "EvDashboard.Auth";

    public const string DisplayCookieName = "EvDashboard.Display";

    public static string Select(HttpContext context)
    {
        var request = context.Request;
        var signedIn = request.Cookies.ContainsKey(OperatorCookieName);
        if (request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) || request.Path.StartsWithSegments("/api")
            || request.Path.StartsWithSegments("/openapi") || (!signedIn && request.Path.StartsWithSegments("/hubs")))
        {
            // Machines get 401/403 with a problem body, never a redirect to the sign-in page.
            return ApiKeyAuthenticationHandler.SchemeName;
        }

        if (!signedIn && request.Cookies.ContainsKey(DisplayCookieName))
        {
            return DisplayToken;
        }

        return IdentityConstants.ApplicationScheme;
    }
}
