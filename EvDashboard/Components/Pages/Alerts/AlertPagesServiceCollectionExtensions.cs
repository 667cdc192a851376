using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;

namespace EvDashboard.Components.Pages.Alerts;

public static class AlertPagesServiceCollectionExtensions
{
    /// <summary>
    /// The alert pages, badge, banner and ticker, and the alert API's services. The delivery settings are bound here
    /// too because the rules page shows whether e-mail and webhooks are configured.
    /// </summary>
    public static IServiceCollection AddAlertPages(this IServiceCollection services)
    {
        services.AddAlertQueries();
        services.AddAlertDeliveryOptions();
        return services;
    }
}
