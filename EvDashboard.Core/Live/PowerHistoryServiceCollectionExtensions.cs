using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Live;

public static class PowerHistoryServiceCollectionExtensions
{
    /// <summary>The network power chart's data, kept current by a background sampler; needs the data services.</summary>
    public static IServiceCollection AddPowerHistory(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        if (!services.Any(d => d.ServiceType == typeof(PowerHistory)))
        {
            services.AddSingleton<PowerHistory>();
            services.AddHostedService<PowerHistorySampler>();
        }

        return services;
    }
}
