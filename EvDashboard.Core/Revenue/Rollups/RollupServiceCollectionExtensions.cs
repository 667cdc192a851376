using EvDashboard.Core.Live;
using EvDashboard.Core.Sites;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Revenue.Rollups;

public static class RollupServiceCollectionExtensions
{
    /// <summary>The rollup builder, rebuild and verify, without the background worker (the command line and the OCPP handlers need these).</summary>
    public static IServiceCollection AddRollupBuilding(this IServiceCollection services)
    {
        services.AddSites();
        services.TryAddSingleton<RollupInvalidation>();
        services.TryAddSingleton<RollupStatus>();
        services.TryAddSingleton<RollupDayBuilder>();
        services.TryAddSingleton<RollupRebuilder>();
        services.TryAddSingleton<RollupVerifier>();
        return services;
    }

    /// <summary>Rollups kept up to date in the background every Reports:RollupIntervalSeconds; needs the data services.</summary>
    public static IServiceCollection AddRollups(this IServiceCollection services)
    {
        services.AddRollupBuilding();
        services.TryAddSingleton<LiveFeed>();
        services.AddOptions<RollupOptions>().BindConfiguration(RollupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<RollupWorker>();
        return services;
    }
}
