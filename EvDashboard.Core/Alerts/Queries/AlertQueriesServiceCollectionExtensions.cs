using EvDashboard.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Alerts.Queries;

public static class AlertQueriesServiceCollectionExtensions
{
    /// <summary>The alerts' read models and operator changes (the engine that raises alerts registers itself apart).</summary>
    public static IServiceCollection AddAlertQueries(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<AlertQueries>();
        services.TryAddSingleton<AlertRuleQueries>();
        services.TryAddSingleton<AlertAdministration>();
        return services;
    }
}
