using EvDashboard.Core.Alerts.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Healing.Playbooks;

public static class PlaybookServiceCollectionExtensions
{
    /// <summary>The self-healing playbooks (Healing:Playbooks): worker, RemoteStart retry and run queries; needs the OCPP and data services.</summary>
    public static IServiceCollection AddPlaybooks(this IServiceCollection services)
    {
        services.AddOptions<PlaybookOptions>().BindConfiguration(PlaybookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddAlertJournal();
        services.TryAddSingleton<ReconnectTracker>();
        services.TryAddSingleton<PlaybookStateReader>();
        services.TryAddSingleton<PlaybookExecutor>();
        services.TryAddSingleton<PlaybookWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PlaybookWorker>());
        services.TryAddSingleton<RemoteStartRetry>();
        services.TryAddSingleton<PlaybookRunQueries>();
        return services;
    }
}
