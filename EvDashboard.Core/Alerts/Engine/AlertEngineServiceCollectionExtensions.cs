using EvDashboard.Core.Alerts.Engine.Conditions;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Stations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Alerts.Engine;

public static class AlertEngineServiceCollectionExtensions
{
    /// <summary>The alert engine: raising and resolving (<see cref="IAlertNotices"/>), the delivery queue (<see cref="IAlertOutbox"/>), every rule's condition and the background evaluator.</summary>
    public static IServiceCollection AddAlertEngine(this IServiceCollection services)
    {
        services.AddAlertJournal();
        services.TryAddSingleton<ChargePointPresence>();
        services.TryAddSingleton<ActiveSessionQueries>();
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<AnomalyWindow>();
        services.AddSingleton<IAlertConditionSource, ConnectorFaultedCondition>();
        services.AddSingleton<IAlertConditionSource, ChargePointOfflineCondition>();
        services.AddSingleton<IAlertConditionSource, PreparingTooLongCondition>();
        services.AddSingleton<IAlertConditionSource, AuthorizationRejectedCondition>();
        services.AddSingleton<IAlertConditionSource, EnergyStalledCondition>();
        services.AddSingleton<IAlertConditionSource, IdleBlockingCondition>();
        services.AddSingleton<IAlertConditionSource, StopForUnknownTransactionCondition>();
        services.AddSingleton<IAlertConditionSource, MeterBackwardsCondition>();
        services.AddSingleton<IAlertConditionSource, ClockSkewCondition>();
        services.AddSingleton<IAlertConditionSource, InvoiceOverdueCondition>();
        services.AddSingleton<IAlertConditionSource, SessionCompletedCondition>();
        services.AddSingleton<IAlertConditionSource, SessionEndingCondition>();
        services.TryAddSingleton<AlertEvaluator>();
        services.AddHostedService<AlertWorker>();
        return services;
    }

    /// <summary>
    /// Raising and resolving alerts from other features' units of work (<see cref="IAlertNotices"/>) with the delivery queue
    /// behind it, without the evaluator: the healing features need only this. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddAlertJournal(this IServiceCollection services)
    {
        services.AddSites();
        services.TryAddSingleton<LiveFeed>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddAlertDeliveryOptions();
        services.TryAddSingleton<IAlertOutbox, AlertOutbox>();
        services.TryAddSingleton<AlertJournal>();
        services.TryAddSingleton<IAlertNotices>(sp => sp.GetRequiredService<AlertJournal>());
        return services;
    }
}
