using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Sessions.Queries;

public static class SessionQueriesServiceCollectionExtensions
{
    public static IServiceCollection AddSessionQueries(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SessionQueries>();
        return services;
    }
}
