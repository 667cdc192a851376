using EvDashboard.Core.Audit;
using EvDashboard.Core.Identity.Budgets;
using EvDashboard.Core.Identity.LocalLists;
using EvDashboard.Core.Identity.Unknown;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Identity.Queries;

public static class IdTagQueriesServiceCollectionExtensions
{
    public static IServiceCollection AddIdTagQueries(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IdTagQueries>();
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<IdTagAdministration>();
        services.TryAddSingleton<UnknownTagInbox>();
        services.TryAddSingleton<Csv.IdTagImport>();
        services.AddLocalLists();
        services.AddTagBudgets();
        return services;
    }
}
