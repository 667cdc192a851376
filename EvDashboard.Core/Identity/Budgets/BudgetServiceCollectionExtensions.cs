using EvDashboard.Core.Sites;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Identity.Budgets;

public static class BudgetServiceCollectionExtensions
{
    /// <summary>Budget measurement for Authorize/StartTransaction; periods follow the site's clock, costs come from session pricing.</summary>
    public static IServiceCollection AddTagBudgets(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(SiteClock)))
        {
            services.AddSites();
        }

        services.AddSessionPricing();
        services.TryAddSingleton<ISessionCostSource, PricedSessionCost>();
        services.TryAddSingleton<BudgetMeter>();
        return services;
    }
}
