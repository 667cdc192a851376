using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EvDashboard.Access;

/// <summary>
/// The form posts behind the static account pages: sign in, sign out, the first admin and setting a password
/// from an invitation or reset link. Each is a plain form post with an antiforgery token (checked by
/// <see cref="FormTokenCheck"/> before anything else runs) and answers with a redirect.
/// </summary>
internal static class AccountEndpoints
{
    public const string LoginRateLimit = "login";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").ExcludeFromDescription();
        var refused = $"/login?error={FormTokenCheck.RefusedError}";
        // The request delegate generator cannot bind a [FromForm] record; these four endpoints are built at start-up
        // instead, as without the generator.
#pragma warning disable RDG003
        account.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(LoginRateLimit)
            .DisableAntiforgery().AddEndpointFilter(new FormTokenCheck(refused));
        account.MapPost("/logout", LogoutAsync).RequireAuthorization()
            .DisableAntiforgery().AddEndpointFilter(new FormTokenCheck("/?error=form"));
        account.MapPost("/setup", FirstAdminEndpoint.CreateAsync).AllowAnonymous().RequireRateLimiting(LoginRateLimit)
            .DisableAntiforgery().AddEndpointFilter(new FormTokenCheck(refused));
        account.MapPost("/password", PasswordLinkEndpoint.SetAsync).AllowAnonymous().RequireRateLimiting(LoginRateLimit)
            .DisableAntiforgery().AddEndpointFilter(new FormTokenCheck(refused));
#pragma warning restore RDG003
        return endpoints;
    }

    private static async Task<IResult> LoginAsync(
        [FromForm] LoginForm form, HttpContext http, SignInManager<OperatorUser> signIn, AuditTrail audit, TimeProvider time, ILogger<LoginForm> logger)
    {
        var email = form.Email?.Trim() ?? string.Empty;
        var returnUrl = LocalUrl.OrHome(form.ReturnUrl);
        var remote = http.Connection.RemoteIpAddress?.ToString();
        var user = email.Length > 0 ? await signIn.UserManager.FindByEmailAsync(email) : null;
        string reason;
        if (user is null || string.IsNullOrEmpty(form.Password) || user.IsDisabled)
        {
            // Hash anyway, so the answer takes as long for an unknown address as for a wrong password.
            signIn.UserManager.PasswordHasher.HashPassword(user ?? new OperatorUser(), form.Password ?? string.Empty);
            reason = user is { IsDisabled: true } ? "disabled" : "invalid";
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                user.LastSignInAt = time.GetUtcNow();
                await signIn.UserManager.UpdateAsync(user);
                await audit.RecordAsync(new Actor(user.Email!), "login.succeeded", user.Email, AuditResult.Succeeded, null, remote, http.RequestAborted);
                AccessLog.SignedIn(logger, user.Email!);
                return Results.LocalRedirect(returnUrl);
            }

            reason = result.IsLockedOut ? "locked" : "invalid";
        }

        await audit.RecordAsync(new Actor(Truncated(email)), "login.failed", Truncated(email), AuditResult.Failed, reason, remote, http.RequestAborted);
        AccessLog.SignInFailed(logger, Truncated(email), remote, reason);
        // A disabled account is reported like a wrong password: the page must not confirm which accounts exist.
        var shown = reason == "locked" ? "locked" : "invalid";
        return Results.LocalRedirect($"/login?error={shown}&returnUrl={Uri.EscapeDataString(returnUrl)}");
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, SignInManager<OperatorUser> signIn, AuditTrail audit)
    {
        var name = http.User.Identity?.Name ?? "unknown";
        await signIn.SignOutAsync();
        await audit.RecordAsync(new Actor(name), "logout", name, AuditResult.Succeeded, null, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        return Results.LocalRedirect("/login?info=signed-out");
    }

    private static string Truncated(string email) => email.Length <= Actor.MaxLength ? email : email[..Actor.MaxLength];
}
