using EvDashboard.Core.Alerts.Engine;
using EvDashboard.Core.Healing.Continuation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Healing.Reconciliation;

public static class SessionHealingServiceCollectionExtensions
{
    /// <summary>
    /// The stuck-session reconciler and session continuation (options Healing:Sessions) with their background worker.
    /// Needs the OCPP central system (AddOcppCentralSystem) and a charge point messenger for RemoteStartTransaction.
    /// </summary>
    public static IServiceCollection AddSessionHealing(this IServiceCollection services)
    {
        services.AddContinuationLinking();
        services.AddOptions<SessionHealingOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StuckSessionReconciler>();
        services.AddSingleton<ContinuationRequests>();
        services.AddSingleton<ContinuationPrecheck>();
        services.AddSingleton<ContinuationStarter>();
        services.AddSingleton<SessionChainQueries>();
        services.AddHostedService<SessionHealingWorker>();
        return services;
    }

    /// <summary>
    /// What the StartTransaction and StopTransaction handlers need of continuation (linking a continued start, holding the
    /// receipt of a continuable end) and the closing of stuck sessions. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddContinuationLinking(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ContinuationLinker)))
        {
            return services;
        }

        services.AddOptions<SessionHealingOptions>().BindConfiguration(SessionHealingOptions.Section);
        services.AddAlertJournal();
        services.TryAddSingleton<ContinuationLinker>();
        services.TryAddSingleton<SystemSessionCloser>();
        return services;
    }
}
