using EvDashboard.Core.Sites;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Revenue.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The reports over the rollup tables (needs the data services); adds the site's clock when nothing has yet.</summary>
    public static IServiceCollection AddReportQueries(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(SiteClock)))
        {
            services.AddSites();
        }

        services.TryAddSingleton<IReportQueries, ReportQueries>();
        return services;
    }
}
