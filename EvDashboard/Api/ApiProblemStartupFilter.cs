using Microsoft.AspNetCore.WebUtilities;

namespace EvDashboard.Api;

/// <summary>
/// Makes every error under /api an RFC 7807 problem detail. Minimal APIs answer a body or query
/// parameter they cannot bind (malformed JSON, a field of the wrong type, a time that is not
/// ISO-8601) with a bare 400, and routing answers an unknown path with a bare 404; this fills in
/// the body. Installed from <see cref="ApiServiceCollectionExtensions.AddManagementApi"/> so that
/// Program.cs stays a table of contents.
/// </summary>
internal sealed class ApiProblemStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api.Use(WriteProblemForBareErrorAsync));
        next(app);
    };

    private static async Task WriteProblemForBareErrorAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            // Thrown instead of a bare 400 where RouteHandlerOptions.ThrowOnBadRequest is on (Development).
            await WriteAsync(context, ex.StatusCode, ex.Message);
            return;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await WriteAsync(context, response.StatusCode, DetailFor(response.StatusCode));
        }
    }

    private static Task WriteAsync(HttpContext context, int statusCode, string? detail) =>
        TypedResults.Problem(statusCode: statusCode, title: ReasonPhrases.GetReasonPhrase(statusCode), detail: detail).ExecuteAsync(context);

    private static string? DetailFor(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest =>
            "The request could not be read: the body must be JSON with the documented fields and types, and query parameters "
            + "must have the documented format (times in ISO-8601, e.g. 2026-11-21T08:00:00Z; numbers as integers). See /openapi/v1.json.",
        StatusCodes.Status404NotFound => "There is no such API endpoint. See /openapi/v1.json.",
        StatusCodes.Status405MethodNotAllowed => "This API endpoint does not accept that method. See /openapi/v1.json.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => null,
    };
}
