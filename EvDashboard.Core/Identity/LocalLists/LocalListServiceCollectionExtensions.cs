using EvDashboard.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Identity.LocalLists;

public static class LocalListServiceCollectionExtensions
{
    /// <summary>Local Authorization List sync; needs the OCPP central system's command service.</summary>
    public static IServiceCollection AddLocalLists(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<LocalListQueries>();
        services.TryAddSingleton<LocalListSync>();
        return services;
    }
}
