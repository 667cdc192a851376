using Microsoft.AspNetCore.Antiforgery;

namespace EvDashboard.Access;

/// <summary>
/// The antiforgery check of the account forms, done here instead of by the framework so that a refused post
/// (a cross-site request, or a sign-in page left open until its token expired) changes nothing and lands on the
/// page with a clear message rather than on a bare 400.
/// </summary>
internal sealed class FormTokenCheck(string refusedPath) : IEndpointFilter
{
    public const string RefusedError = "form";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Results.LocalRedirect(refusedPath);
        }

        return await next(context);
    }
}
