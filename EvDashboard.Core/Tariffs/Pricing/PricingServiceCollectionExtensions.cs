using EvDashboard.Core.Live;
using EvDashboard.Core.Sites;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Tariffs.Pricing;

public static class PricingServiceCollectionExtensions
{
    /// <summary>
    /// Session pricing: the tariff frozen at a start, the final cost at a stop, and <see cref="ISessionCosts"/> (final and
    /// running costs, kept current from the live feed). Safe to call more than once. Needs the data services.
    /// </summary>
    public static IServiceCollection AddSessionPricing(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ISessionCosts)))
        {
            return services;
        }

        if (!services.Any(d => d.ServiceType == typeof(SiteClock)))
        {
            services.AddSites();
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LiveFeed>();
        services.AddSingleton<ISessionCosts, SessionCosts>();
        services.AddSingleton<TariffFreezer>();
        services.AddSingleton<FinalCostRecorder>();
        return services;
    }
}
