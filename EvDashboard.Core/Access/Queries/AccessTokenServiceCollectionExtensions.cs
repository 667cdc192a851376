using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Access.Queries;

public static class AccessTokenServiceCollectionExtensions
{
    /// <summary>Looking up API keys and display tokens, and recording when each was last used.</summary>
    public static IServiceCollection AddAccessTokens(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AccessUsage>();
        services.TryAddSingleton<AccessTokenLookup>();
        services.AddHostedService<AccessUsageFlusher>();
        return services;
    }
}
