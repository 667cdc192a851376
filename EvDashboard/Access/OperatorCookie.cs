using Microsoft.AspNetCore.Authentication.Cookies;

namespace EvDashboard.Access;

/// <summary>
/// The operator's sign-in cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS (the
/// default set-up serves plain HTTP on 127.0.0.1), and an idle timeout that each request slides on.
/// </summary>
internal static class OperatorCookie
{
    public static void Configure(CookieAuthenticationOptions cookie, AccessOptions access)
    {
        cookie.Cookie.Name = AccessSchemes.OperatorCookieName;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = TimeSpan.FromMinutes(access.IdleTimeoutMinutes);
        cookie.SlidingExpiration = true;
        cookie.LoginPath = "/login";
        cookie.LogoutPath = "/account/logout";
        cookie.AccessDeniedPath = "/access-denied";
        cookie.ReturnUrlParameter = "returnUrl";
    }
}
