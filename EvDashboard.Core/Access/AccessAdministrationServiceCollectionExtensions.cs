using EvDashboard.Core.Audit.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Core.Access;

public static class AccessAdministrationServiceCollectionExtensions
{
    /// <summary>The admin pages' Core services: API keys, display tokens and the audit log's queries.</summary>
    public static IServiceCollection AddAccessAdministration(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyAdministration>();
        services.AddSingleton<DisplayTokenAdministration>();
        services.AddSingleton<AuditQueries>();
        return services;
    }
}
