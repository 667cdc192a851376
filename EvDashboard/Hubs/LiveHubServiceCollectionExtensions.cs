using EvDashboard.Core.Access;

namespace EvDashboard.Hubs;

internal static class LiveHubServiceCollectionExtensions
{
    /// <summary>The SignalR hub that re-publishes the live feed to outside screens and systems.</summary>
    public static IServiceCollection AddLiveHub(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddHostedService<LiveHubBroadcaster>();
        services.AddTransient<IStartupFilter, LiveHubAccessTokenStartupFilter>();
        return services;
    }

    /// <summary><c>/hubs/live</c>: any role may watch, with an API key (X-Api-Key header or <c>?access_token=</c>) or a signed-in browser.</summary>
    public static IEndpointRouteBuilder MapLiveHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<LiveHub>(LiveHub.Path).RequireAuthorization(AccessPolicies.Monitor);
        return endpoints;
    }
}
