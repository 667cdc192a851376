using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Alerts;

public static class AlertDeliveryOptionsRegistration
{
    /// <summary>
    /// Binds and validates "Alerts:Delivery" once, however many features ask (the engine queues by it, the worker sends
    /// by it, the rules page shows it): a second validator would report every bad setting twice.
    /// </summary>
    public static IServiceCollection AddAlertDeliveryOptions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<AlertDeliveryOptions>)))
        {
            return services;
        }

        services.AddOptions<AlertDeliveryOptions>().BindConfiguration(AlertDeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
