using EvDashboard.Core.Identity.Queries;
using EvDashboard.Core.Stations.Queries;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Demo;

internal static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// The built-in demo fleet (Demo:Enabled, Demo:ChargePoints, Demo:MeterValueIntervalSeconds): off unless switched
    /// on. Safe to call more than once. Needs the data services, the OCPP endpoint and the site clock.
    /// </summary>
    public static IServiceCollection AddDemoFleet(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(DemoSeeder)))
        {
            return services;
        }

        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIdTagQueries();
        services.AddChargePointQueries();
        services.TryAddSingleton<IDemoTransport, LoopbackDemoTransport>();
        services.AddSingleton<DemoSeeder>();
        services.AddHostedService<DemoFleetService>();
        return services;
    }
}
