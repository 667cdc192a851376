using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Stations.Queries;

public static class WallQueriesServiceCollectionExtensions
{
    /// <summary>The wall display's read model; needs the data services, presence and the site clock.</summary>
    public static IServiceCollection AddWallQueries(this IServiceCollection services)
    {
        services.TryAddSingleton<WallQueries>();
        return services;
    }
}
