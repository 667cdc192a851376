using EvDashboard.Api;
using Microsoft.Net.Http.Headers;

namespace EvDashboard.Hubs;

/// <summary>
/// SignalR clients send the token of <c>accessTokenFactory</c> as <c>Authorization: Bearer</c> on HTTP requests
/// (negotiate, long polling) and as <c>?access_token=</c> where a browser cannot set headers (WebSockets,
/// Server-Sent Events). For the live hub only, this hands that token to the API key scheme as if it had come in
/// the X-Api-Key header; everywhere else the header stays the only way, so keys are not invited into URLs.
/// </summary>
internal sealed class LiveHubAccessTokenStartupFilter : IStartupFilter
{
    public const string QueryName = "access_token";

    private const string BearerPrefix = "Bearer ";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(LiveHub.Path, StringComparison.OrdinalIgnoreCase),
            hub => hub.Use(CopyAccessTokenToHeader));
        next(app);
    };

    private static Task CopyAccessTokenToHeader(HttpContext context, RequestDelegate next)
    {
        var headers = context.Request.Headers;
        if (headers[ApiKeyAuthenticationHandler.HeaderName].Count == 0 && AccessToken(context.Request) is { } token)
        {
            headers[ApiKeyAuthenticationHandler.HeaderName] = token;
        }

        return next(context);
    }

    private static string? AccessToken(HttpRequest request)
    {
        var authorization = request.Headers[HeaderNames.Authorization];
        if (authorization.Count == 1 && authorization[0] is { } value && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return value[BearerPrefix.Length..].Trim() is { Length: > 0 } bearer ? bearer : null;
        }

        var query = request.Query[QueryName];
        return query.Count == 1 && !string.IsNullOrEmpty(query[0]) ? query[0] : null;
    }
}
