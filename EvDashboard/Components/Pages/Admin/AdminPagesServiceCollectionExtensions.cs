using EvDashboard.Access;
using EvDashboard.Core.Access;

namespace EvDashboard.Components.Pages.Admin;

internal static class AdminPagesServiceCollectionExtensions
{
    /// <summary>The admin pages' services: operator accounts (scoped, like Identity's UserManager), API keys, display tokens, the audit log.</summary>
    public static IServiceCollection AddAdminPages(this IServiceCollection services)
    {
        services.AddAccessAdministration();
        services.AddScoped<OperatorAccounts>();
        return services;
    }
}
