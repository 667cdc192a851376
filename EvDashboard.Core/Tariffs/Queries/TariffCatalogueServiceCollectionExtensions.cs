using EvDashboard.Core.Audit;
using EvDashboard.Core.Tariffs.Administration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Tariffs.Queries;

public static class TariffCatalogueServiceCollectionExtensions
{
    /// <summary>The tariff catalogue: its queries, the cost preview and the operator changes (needs the data services and the site's clock).</summary>
    public static IServiceCollection AddTariffCatalogue(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<TariffQueries>();
        services.TryAddSingleton<TariffPreviewer>();
        services.TryAddSingleton<TariffAdministration>();
        services.TryAddSingleton<TariffAssignmentAdministration>();
        return services;
    }
}
