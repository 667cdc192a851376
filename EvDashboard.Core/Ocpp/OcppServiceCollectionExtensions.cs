using EvDashboard.Core.Audit;
using EvDashboard.Core.Healing.Reconciliation;
using EvDashboard.Core.Identity.Budgets;
using EvDashboard.Core.Live;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.Handlers;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Ocpp;

public static class OcppServiceCollectionExtensions
{
    /// <summary>The OCPP 1.6 central system's core: options, handlers, dispatcher, admission, commands, presence, live feed, session pricing.</summary>
    public static IServiceCollection AddOcppCentralSystem(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OcppOptions>().BindConfiguration(OcppOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<LiveFeed>();
        services.AddSingleton<ChargePointPresence>();
        services.AddHostedService<PresenceFlusher>();
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<RefusalThrottle>();
        services.AddSingleton<PendingRegistrations>();
        services.AddSingleton<ChargePointAdmission>();
        services.AddSingleton<ChargePointCommandService>();
        services.AddTagBudgets();
        services.AddSessionPricing();
        services.AddRollupBuilding();
        services.AddContinuationLinking();

        services.AddSingleton<IOcppCallHandler, BootNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, HeartbeatHandler>();
        services.AddSingleton<IOcppCallHandler, StatusNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, AuthorizeHandler>();
        services.AddSingleton<IOcppCallHandler, StartTransactionHandler>();
        services.AddSingleton<IOcppCallHandler, MeterValuesHandler>();
        services.AddSingleton<IOcppCallHandler, StopTransactionHandler>();
        services.AddSingleton<IOcppCallHandler, DataTransferHandler>();
        services.AddSingleton<IOcppCallHandler, FirmwareStatusNotificationHandler>();
        services.AddSingleton<IOcppCallHandler, DiagnosticsStatusNotificationHandler>();
        services.AddSingleton(sp => new OcppCallDispatcher(
            sp.GetServices<IOcppCallHandler>(), sp.GetRequiredService<ILogger<OcppCallDispatcher>>()));
        return services;
    }
}
