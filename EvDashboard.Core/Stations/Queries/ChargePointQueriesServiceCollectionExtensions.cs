using EvDashboard.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Stations.Queries;

public static class ChargePointQueriesServiceCollectionExtensions
{
    /// <summary>Charge point read models and operator changes; needs the data services and presence (AddOcppCentralSystem).</summary>
    public static IServiceCollection AddChargePointQueries(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChargePointQueries>();
        services.TryAddSingleton<ChargePointAdministration>();
        services.TryAddSingleton<ChargePointKeys>();
        services.TryAddSingleton<ChargePointApprovals>();
        services.TryAddSingleton<StationCommands>();
        services.TryAddSingleton<AuditTrail>();
        return services;
    }
}
