namespace EvDashboard.Health;

internal static class HealthEndpoints
{
    public static IServiceCollection AddEvDashboardHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary>GET /healthz, no key: 200 when the database is reachable and migrated, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapEvDashboardHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz");
        return endpoints;
    }
}
