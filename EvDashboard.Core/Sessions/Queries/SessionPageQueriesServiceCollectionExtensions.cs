using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Sessions.Queries;

public static class SessionPageQueriesServiceCollectionExtensions
{
    /// <summary>Read services of the session pages (active sessions, history, detail); needs the data services.</summary>
    public static IServiceCollection AddSessionPageQueries(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ActiveSessionQueries>();
        services.TryAddSingleton<SessionHistoryQueries>();
        services.TryAddSingleton<SessionTimelineQueries>();
        return services;
    }
}
