using EvDashboard.Core.Sites;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Identity.Budgets;

public static class BudgetServiceCollectionExtensions
{
    /// <summary>Budget measurement for Authorize/StartTransaction; periods follow the site's clock.</summary>
    public static IServiceCollection AddTagBudgets(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(SiteClock)))
        {
            services.AddSites();
        }

        services.TryAddSingleton<ISessionCostSource, UnpricedSessionCost>();
        services.TryAddSingleton<BudgetMeter>();
        return services;
    }
}
