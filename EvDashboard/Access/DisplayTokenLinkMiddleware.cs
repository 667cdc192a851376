using EvDashboard.Core.Access.Queries;
using EvDashboard.Core.Audit;

namespace EvDashboard.Access;

/// <summary>
/// <c>/wall?token=…</c>: a valid token is moved into an HttpOnly cookie and the browser is sent to <c>/wall</c>,
/// so the secret does not stay in the address bar, the history or later access logs.
/// </summary>
internal sealed class DisplayTokenLinkMiddleware(RequestDelegate next, AccessTokenLookup lookup, AuditTrail audit, RefusalThrottle refusals, TimeProvider time)
{
    public const string Path = "/wall";

    public const string QueryName = "token";

    public const string RefusedAction = "display.link-refused";

    private static readonly TimeSpan MaxCookieLifetime = TimeSpan.FromDays(400);

    public async Task InvokeAsync(HttpContext context)
    {
        var token = context.Request.Query[QueryName];
        if (!HttpMethods.IsGet(context.Request.Method) || token.Count != 1 || string.IsNullOrEmpty(token[0]))
        {
            await next(context);
            return;
        }

        var grant = await lookup.FindDisplayTokenAsync(token[0]!, context.RequestAborted);
        var remote = context.Connection.RemoteIpAddress?.ToString();
        if (grant is null)
        {
            if (refusals.ShouldRecord(RefusedAction, null, remote))
            {
                await audit.RecordAsync(new Actor("display"), RefusedAction, null, AuditResult.Denied, "Revoked, expired or unknown display token.", remote, context.RequestAborted);
            }

            context.Response.Redirect("/login?display=invalid");
            return;
        }

        var now = time.GetUtcNow();
        var expires = grant.ExpiresAt is { } at && at - now < MaxCookieLifetime ? at : now + MaxCookieLifetime;
        context.Response.Cookies.Append(AccessSchemes.DisplayCookieName, token[0]!, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Expires = expires,
            Path = "/",
        });
        await audit.RecordAsync(new Actor($"display:{grant.Name}"), "display.link-opened", grant.Name, AuditResult.Succeeded, null, remote, context.RequestAborted);
        context.Response.Redirect(Path);
    }
}
